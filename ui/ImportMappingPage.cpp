#include "ImportMappingPage.h"

#include "ImportWizard.h"
#include "i18n/Plural.h"
#include "import/ImportKinds.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

constexpr int HeaderCandidates = 10; // rows offered as the header
constexpr int SampleLength = 40;

// Spreadsheet column names: A ... Z, AA, AB ...
QString columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString elided(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > SampleLength ? simple.left(SampleLength - 1) + QChar(0x2026) : simple;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Check which column holds which field. Fields marked * are needed; a field "
                   "without a column is left as it is in the register."));

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->setWordWrap(true);
    m_headerRow = new QComboBox(this);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerRow->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_headerRow->setMinimumContentsLength(50);
    auto *headerForm = new QFormLayout;
    headerForm->addRow(tr("&Header row:"), m_headerRow);

    m_fieldBox = new QWidget(this);
    m_fieldGrid = new QGridLayout(m_fieldBox);
    m_fieldGrid->setHorizontalSpacing(14);
    m_fieldGrid->setVerticalSpacing(6);
    m_fieldGrid->setColumnStretch(1, 1);
    m_fieldGrid->setColumnStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(m_fieldBox);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importMappingStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addLayout(headerForm);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);

    connect(m_headerRow, &QComboBox::activated, this, &ImportMappingPage::headerRowChosen);
}

QString ImportMappingPage::signature(const QString &kind, const QStringList &header)
{
    QStringList normalized;
    for (const QString &text : header)
        normalized.append(ColumnMapping::normalizeHeader(text));
    const QByteArray digest =
        QCryptographicHash::hash(normalized.join(u'|').toUtf8(), QCryptographicHash::Sha1);
    return kind + u':' + QString::fromLatin1(digest.toHex().left(16));
}

void ImportMappingPage::initializePage()
{
    const std::unique_ptr<ImportKind> kind = ImportKinds::create(m_wizard->kind());
    m_fields = kind ? kind->fields() : QList<ImportField>();
    ImportTable &table = m_wizard->table();
    const int guessed = ColumnMapping::guessHeaderIndex(m_fields, table);
    if (guessed >= 0)
        table.setHeaderIndex(guessed);
    m_source->setText(tr("<b>%1</b> — %2 — %3")
                          .arg(QFileInfo(m_wizard->sourcePath()).fileName().toHtmlEscaped(),
                               m_wizard->sourceDescription().toHtmlEscaped(),
                               plural(table.dataRowCount(), tr("1 data row"), tr("%1 data rows"))));
    fillHeaderRows();
    detectMapping();
}

void ImportMappingPage::fillHeaderRows()
{
    const ImportTable &table = m_wizard->table();
    m_headerRow->clear();
    const int count = std::min(HeaderCandidates, int(table.allRows().size()));
    for (int i = 0; i < count; ++i) {
        const ImportRow &row = table.allRows().at(i);
        m_headerRow->addItem(
            tr("Row %1: %2").arg(row.sourceRow).arg(elided(row.cells.join(QStringLiteral(" · ")))),
            i);
    }
    m_headerRow->setCurrentIndex(std::max(0, table.headerIndex()));
}

void ImportMappingPage::headerRowChosen(int index)
{
    m_wizard->table().setHeaderIndex(m_headerRow->itemData(index).toInt());
    detectMapping();
}

void ImportMappingPage::detectMapping()
{
    const QStringList header = m_wizard->table().header();
    ColumnMapping mapping = ColumnMapping::detect(m_fields, header);
    const QVariantMap saved = m_wizard->settings().value(SettingKeys::ImportMappings);
    const QString savedJson = saved.value(signature(m_wizard->kind(), header)).toString();
    m_usedSaved = false;
    if (!savedJson.isEmpty()) {
        QString error;
        ColumnMapping remembered = mapping;
        const QJsonObject json = QJsonDocument::fromJson(savedJson.toUtf8()).object();
        m_usedSaved = remembered.apply(json, m_fields, header, &error);
        if (m_usedSaved)
            mapping = remembered;
    }
    m_wizard->mapping() = mapping;
    buildFieldRows();
    updateStatus();
}

void ImportMappingPage::buildFieldRows()
{
    while (QLayoutItem *item = m_fieldGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_combos.clear();
    const QStringList titles{tr("Field"), tr("Column in the file"), tr("First row")};
    for (int column = 0; column < titles.size(); ++column) {
        auto *title = new QLabel(titles.at(column), m_fieldBox);
        QFont bold = title->font();
        bold.setWeight(QFont::DemiBold);
        title->setFont(bold);
        m_fieldGrid->addWidget(title, 0, column);
    }
    for (int i = 0; i < m_fields.size(); ++i)
        addFieldRow(m_fields.at(i), i + 1);
    m_fieldGrid->setRowStretch(int(m_fields.size()) + 1, 1);
}

void ImportMappingPage::addFieldRow(const ImportField &field, int row)
{
    const QStringList header = m_wizard->table().header();
    auto *label =
        new QLabel(field.required ? field.label + QStringLiteral(" *") : field.label, m_fieldBox);
    auto *combo = new QComboBox(m_fieldBox);
    combo->setObjectName(QStringLiteral("importColumn_") + field.key);
    combo->addItem(tr("— not imported —"), -1);
    for (int column = 0; column < header.size(); ++column) {
        const QString text = header.at(column).simplified();
        combo->addItem(tr("%1 · %2").arg(columnLetter(column),
                                         text.isEmpty() ? tr("(no heading)") : elided(text)),
                       column);
    }
    const int mapped = m_wizard->mapping().column(field.key);
    combo->setCurrentIndex(std::max(0, combo->findData(mapped)));
    auto *sample = new QLabel(sampleValue(mapped), m_fieldBox);
    sample->setStyleSheet(QStringLiteral("color: #5b6878;"));
    m_fieldGrid->addWidget(label, row, 0);
    m_fieldGrid->addWidget(combo, row, 1);
    m_fieldGrid->addWidget(sample, row, 2);
    m_combos.insert(field.key, combo);
    connect(combo, &QComboBox::activated, this, [this, key = field.key, sample](int index) {
        columnChosen(key, index);
        sample->setText(sampleValue(m_wizard->mapping().column(key)));
    });
}

QString ImportMappingPage::sampleValue(int column) const
{
    const ImportTable &table = m_wizard->table();
    for (int i = 0; i < table.dataRowCount() && column >= 0; ++i) {
        const ImportRow &row = table.dataRow(i);
        if (!row.isBlank())
            return elided(row.cells.value(column));
    }
    return {};
}

void ImportMappingPage::columnChosen(const QString &fieldKey, int comboIndex)
{
    const int column = m_combos.value(fieldKey)->itemData(comboIndex).toInt();
    if (column < 0)
        m_wizard->mapping().unset(fieldKey);
    else
        m_wizard->mapping().set(fieldKey, column);
    updateStatus();
}

QComboBox *ImportMappingPage::columnChoice(const QString &fieldKey) const
{
    return m_combos.value(fieldKey);
}

void ImportMappingPage::updateStatus()
{
    const QList<ImportField> missing = m_wizard->mapping().missingRequired(m_fields);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const ImportField &field : missing)
            names.append(field.label);
        m_status->setStyleSheet(QStringLiteral("color: #b42318;"));
        m_status->setText(tr("Choose a column for: %1.").arg(names.join(QStringLiteral(", "))));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #1e7a3d;"));
        m_status->setText(m_usedSaved ? tr("Every needed field has a column. The choices you made "
                                           "last time for this header were used.")
                                      : tr("Every needed field has a column. Your choices are "
                                           "remembered for files with the same header."));
    }
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return !m_fields.isEmpty() && m_wizard->mapping().missingRequired(m_fields).isEmpty();
}

bool ImportMappingPage::validatePage()
{
    const QStringList header = m_wizard->table().header();
    QVariantMap saved = m_wizard->settings().value(SettingKeys::ImportMappings);
    QJsonObject choices = m_wizard->mapping().toJson(header);
    // A field the officer left without a column is remembered as such (null), so that the
    // detection does not give it a column again next time.
    for (const ImportField &field : std::as_const(m_fields)) {
        if (!m_wizard->mapping().isMapped(field.key))
            choices.insert(field.key, QJsonValue::Null);
    }
    const QJsonDocument json(choices);
    saved.insert(signature(m_wizard->kind(), header),
                 QString::fromUtf8(json.toJson(QJsonDocument::Compact)));
    m_wizard->settings().setValue(SettingKeys::ImportMappings, saved);
    m_wizard->settings().sync();
    return true;
}

} // namespace Simutasi
