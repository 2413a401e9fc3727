#include "EmployeeDialog.h"

#include "AuditTrailView.h"
#include "DialogSeams.h"
#include "EmployeeForm.h"
#include "EmployeeHistoryTabs.h"
#include "PermissionUi.h"
#include "domain/EmployeeFacts.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/OrgRepository.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

const char *const StyleSheet = R"(
#employeeDialogHeader { background: #ffffff; border-bottom: 1px solid #dde3ea; }
#employeeDialogTitle { color: #17202b; }
#employeeDialogSubtitle, #factCaption, #cardCaption { color: #5b6878; }
QLabel[fact="true"] { color: #1f2a37; }
QLabel[fact="true"][attention="true"] { color: #975a00; }
#employeeDialogBody { background: #f4f6f9; }
#card { background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }
#cardTitle { color: #1f4e8c; font-weight: 600; }
#employeeDialogFooter { background: #eef1f5; border-top: 1px solid #dde3ea; }
QTreeWidget::item { padding: 4px 2px; }
QTableView, QTreeWidget { background: #ffffff; alternate-background-color: #f6f8fb;
    border: 1px solid #dde3ea; selection-background-color: #d6e6f8; selection-color: #10233a; }
QHeaderView::section { background: #eef1f5; border: none; border-bottom: 1px solid #dde3ea;
    border-right: 1px solid #e3e7ed; padding: 5px 8px; color: #334155; font-weight: 600; }
)";

constexpr int RotationSignalYears = 5;
constexpr int BupSignalMonths = 12;

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

void setAttention(QLabel *label, bool attention, const QString &why)
{
    label->setProperty("attention", attention);
    label->setToolTip(attention ? why : QString());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

EmployeeDialog::EmployeeDialog(Database &database, qint64 employeeId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_editor(database, Session::userName())
{
    setObjectName(QStringLiteral("employeeDialog"));
    setStyleSheet(QString::fromUtf8(StyleSheet));
    setSizeGripEnabled(true);
    const OrgRepository org(database);
    const QList<Jabatan> jabatans = org.jabatans();
    const QList<OrgUnit> units = org.units();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("employeeDialogTabs"));
    m_tabs->setDocumentMode(true);
    m_form = new EmployeeForm(jabatans, units, this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("employeeDialogBody"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form->setObjectName(QStringLiteral("employeeDialogBody"));
    m_tabs->addTab(scroll, tr("Data"));
    m_histories = new EmployeeHistoryTabs(jabatans, units, this);
    m_histories->addTabsTo(m_tabs);
    m_audit = new AuditTrailView(this);
    m_tabs->addTab(m_audit, tr("History of changes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createFooter());

    if (employeeId > 0) {
        const std::optional<EmployeeRecord> record = m_editor.load(employeeId);
        m_loaded = record.has_value();
        m_before = record.value_or(EmployeeRecord{});
    }
    showRecord(m_before);
    if (const EmployeeDeparture &left = m_before.employee.departure; left.isSet()) {
        // Kept for history: the dialog says so, and the post is not offered for editing.
        auto *banner = new QLabel(left.describe(), this);
        banner->setObjectName(QStringLiteral("employeeDepartureBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background: #fff4e0; color: #7a4b00; "
                                             "padding: 8px 24px; font-weight: 600;"));
        layout->insertWidget(1, banner);
        m_form->lockPost(tr("%1 left the province; the post is no longer theirs.")
                             .arg(m_before.employee.fullName()));
    }
    m_readOnly = !PermissionUi::allows(&database, DataAction::EditEmployees);
    if (m_readOnly) {
        PermissionUi::makeReadOnly(this, {m_close});
        m_footer->setText(PermissionUi::viewOnlyText(DataAction::EditEmployees));
        m_footer->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    }
    connect(m_form, &EmployeeForm::changed, this, &EmployeeDialog::updateState);
    connect(m_histories, &EmployeeHistoryTabs::edited, this, &EmployeeDialog::updateState);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1366, 768);
    resize(std::min(1120, available.width() - 40), std::min(760, available.height() - 40));
}

EmployeeDialog::~EmployeeDialog() = default;

QWidget *EmployeeDialog::createHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("employeeDialogHeader"));
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("employeeDialogTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("employeeDialogSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(28);
    facts->setVerticalSpacing(0);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(22, 14, 22, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addLayout(facts);
    addFact(facts, QStringLiteral("masaKerja"), tr("Masa kerja"));
    addFact(facts, QStringLiteral("timeInPost"), tr("In current post"));
    addFact(facts, QStringLiteral("age"), tr("Age"));
    addFact(facts, QStringLiteral("pensiun"), tr("Pensiun"));
    facts->setColumnStretch(int(m_facts.size()), 1);
    return header;
}

// A caption over a value, in the next column of the header's row of facts.
void EmployeeDialog::addFact(QGridLayout *grid, const QString &name, const QString &caption)
{
    QWidget *header = grid->parentWidget();
    auto *captionLabel = new QLabel(caption, header);
    captionLabel->setObjectName(QStringLiteral("factCaption"));
    auto *value = new QLabel(header);
    value->setObjectName(name);
    value->setProperty("fact", true);
    QFont font = value->font();
    font.setWeight(QFont::DemiBold);
    value->setFont(font);
    const int column = int(m_facts.size());
    grid->addWidget(captionLabel, 0, column);
    grid->addWidget(value, 1, column);
    m_facts << value;
}

QWidget *EmployeeDialog::createFooter()
{
    auto *footer = new QFrame(this);
    footer->setObjectName(QStringLiteral("employeeDialogFooter"));
    m_footer = new QLabel(footer);
    m_footer->setObjectName(QStringLiteral("employeeDialogMessage"));
    m_footer->setWordWrap(true);
    m_save = new QPushButton(tr("Save"), footer);
    m_save->setObjectName(QStringLiteral("employeeSave"));
    m_save->setDefault(true);
    m_save->setAutoDefault(false);
    m_save->setToolTip(tr("Save the data and the histories (Ctrl+S)"));
    m_close = new QPushButton(tr("Close"), footer);
    m_close->setObjectName(QStringLiteral("employeeClose"));
    m_close->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &EmployeeDialog::save);
    connect(m_close, &QPushButton::clicked, this, &EmployeeDialog::reject);
    auto *layout = new QHBoxLayout(footer);
    layout->setContentsMargins(22, 10, 22, 10);
    layout->addWidget(m_footer, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_close);
    return footer;
}

QString EmployeeDialog::factText(const QString &name) const
{
    for (const QLabel *fact : m_facts) {
        if (fact->objectName() == name)
            return fact->text();
    }
    return {};
}

QString EmployeeDialog::durationText(const YearsMonths &d)
{
    if (!d.isValid())
        return QStringLiteral("–");
    QStringList parts;
    if (d.years > 0)
        parts << (d.years == 1 ? tr("1 year") : tr("%1 years").arg(d.years));
    if (d.months > 0)
        parts << (d.months == 1 ? tr("1 month") : tr("%1 months").arg(d.months));
    return parts.isEmpty() ? tr("less than a month") : parts.join(u' ');
}

void EmployeeDialog::showRecord(const EmployeeRecord &record)
{
    m_form->setEmployee(record.employee);
    m_histories->setRecord(record);
    if (record.employee.id > 0)
        m_audit->setEntries(m_editor.auditTrail(record.employee.id));
    updateState();
}

EmployeeRecord EmployeeDialog::collect() const
{
    EmployeeRecord record;
    record.employee = m_form->employee();
    m_histories->collectInto(record);
    return record;
}

bool EmployeeDialog::hasUnsavedChanges() const
{
    return m_editor.hasChanges(m_before, collect());
}

QString EmployeeDialog::blockingReason() const
{
    const QStringList errors = m_form->errors();
    if (!errors.isEmpty())
        return tr("Fix before saving: %1").arg(errors.join(u' '));
    const QStringList missing = m_form->missingFields();
    if (!missing.isEmpty())
        return tr("Still needed: %1.").arg(missing.join(QStringLiteral(", ")));
    const QString tab = m_histories->incompleteTab();
    if (!tab.isEmpty())
        return tr("A row in %1 lacks a required value (marked in red).").arg(tab);
    return {};
}

void EmployeeDialog::updateState()
{
    const bool dirty = hasUnsavedChanges();
    if (dirty)
        m_justSaved = false;
    const QString blocked = blockingReason();
    m_save->setEnabled(dirty && blocked.isEmpty());
    QString message = blocked;
    // Red for something wrong; what is merely still missing is said in the normal colour.
    QString color =
        m_form->errors().isEmpty() ? QStringLiteral("#334155") : QStringLiteral("#b42318");
    if (message.isEmpty() && dirty) {
        message = tr("Unsaved changes");
        color = QStringLiteral("#334155");
    } else if (message.isEmpty() && m_justSaved) {
        message = tr("Saved. Every change is recorded in the history of changes.");
        color = QStringLiteral("#1d7a3a");
    }
    m_footer->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    m_footer->setText(message);
    setWindowModified(dirty);
    updateHeader();
}

void EmployeeDialog::updateHeader()
{
    const Employee e = m_form->employee();
    const bool isNew = m_before.employee.id == 0;
    const QString name = e.fullName().trimmed();
    m_title->setText(name.isEmpty() ? tr("New employee") : name);
    setWindowTitle((isNew ? tr("New employee") : tr("Employee — %1").arg(name)) +
                   QStringLiteral("[*]"));
    QStringList sub{e.nip.isValid() ? e.nip.formatted() : QString(), employeeStatusCode(e.status)};
    if (e.golongan)
        sub << e.golongan->withPangkat();
    else if (e.pppkGrade > 0)
        sub << tr("grade %1").arg(pppkGradeToString(e.pppkGrade));
    sub << m_form->opdPath();
    sub.removeAll(QString());
    m_subtitle->setText(sub.join(QStringLiteral("  ·  ")));

    const QDate today = QDate::currentDate();
    const YearsMonths inPost = EmployeeFacts::timeInPost(e, today);
    m_facts[0]->setText(durationText(EmployeeFacts::masaKerja(e, today)));
    m_facts[1]->setText(durationText(inPost));
    setAttention(
        m_facts[1], inPost.isValid() && inPost.years >= RotationSignalYears,
        tr("Due for rotation: %1 years or more in the same post").arg(RotationSignalYears));
    const YearsMonths age = EmployeeFacts::age(e, today);
    m_facts[2]->setText(age.isValid() ? tr("%1 years").arg(age.years) : QStringLiteral("–"));
    const QDate pensiun = EmployeeFacts::pensiun(e, m_form->jabatanType());
    m_facts[3]->setText(pensiun.isValid() ? tr("%1 (BUP %2)")
                                                .arg(longDate(pensiun))
                                                .arg(EmployeeFacts::bup(m_form->jabatanType()))
                                          : orDash(QString()));
    setAttention(m_facts[3], pensiun.isValid() && pensiun <= today.addMonths(BupSignalMonths),
                 tr("The pensiun date is within %1 months").arg(BupSignalMonths));
}

bool EmployeeDialog::save()
{
    if (m_readOnly || !hasUnsavedChanges())
        return true;
    const QString blocked = blockingReason();
    if (!blocked.isEmpty()) {
        DialogSeams::critical(this, tr("The employee cannot be saved yet"), blocked);
        return false;
    }
    EmployeeRecord after = collect();
    if (const DatabaseError error = m_editor.save(m_before, after)) {
        DialogSeams::critical(this, tr("The employee could not be saved"), error.message);
        return false;
    }
    m_before = after;
    m_justSaved = true;
    showRecord(after);
    Q_EMIT saved(after.employee.id);
    return true;
}

void EmployeeDialog::reject()
{
    if (m_readOnly || !hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    if (const QString blocked = blockingReason(); !blocked.isEmpty()) {
        // Saving cannot work now: offer only to discard or to go back and fix.
        const auto answer = DialogSeams::question(
            this, tr("Unsaved changes"),
            tr("The changes cannot be saved yet. %1\n\nClose and discard them?").arg(blocked),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            QDialog::reject();
        return;
    }
    const QString name = m_form->employee().fullName().trimmed();
    const auto answer = DialogSeams::question(
        this, tr("Unsaved changes"),
        name.isEmpty() ? tr("Save the new employee before closing?")
                       : tr("Save the changes to %1 before closing?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard || (answer == QMessageBox::Save && save()))
        QDialog::reject();
}

} // namespace Simutasi
