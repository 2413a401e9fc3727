#include "AuditTrailView.h"

#include "registry/HistoryFields.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

enum Column
{
    WhenColumn,
    UserColumn,
    ActionColumn,
    FieldColumn,
    OldColumn,
    NewColumn
};

QString plainFieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("nip"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "NIP")},
        {QStringLiteral("front_title"),
         QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Front title")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Name")},
        {QStringLiteral("back_title"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Back title")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Gender")},
        {QStringLiteral("birth_place"),
         QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Place of birth")},
        {QStringLiteral("birth_date"),
         QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Date of birth")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Status")},
        {QStringLiteral("golongan"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Golongan")},
        {QStringLiteral("tmt_golongan"),
         QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "TMT golongan")},
        {QStringLiteral("jabatan"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Jabatan")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Unit kerja")},
        {QStringLiteral("tmt_jabatan"),
         QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "TMT jabatan")},
        {QStringLiteral("education_level"),
         QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Education level")},
        {QStringLiteral("education_field"),
         QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Field of education")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Email")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Phone")},
        {QStringLiteral("tmt"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "TMT")},
        {QStringLiteral("sk_number"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "SK number")},
        {QStringLiteral("sk_date"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "SK date")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Year")},
        {QStringLiteral("predicate"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Predicate")},
        {QStringLiteral("organizer"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Organizer")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "From")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Until")},
        {QStringLiteral("hours"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Hours")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Level")},
        {QStringLiteral("description"),
         QT_TRANSLATE_NOOP("Simutasi::AuditTrailView", "Description")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : AuditTrailView::tr(it.value());
}

QString historyLabel(HistoryKind kind)
{
    switch (kind) {
    case HistoryKind::Jabatan:
        return AuditTrailView::tr("Riwayat jabatan");
    case HistoryKind::Pangkat:
        return AuditTrailView::tr("Riwayat pangkat");
    case HistoryKind::Skp:
        return AuditTrailView::tr("SKP");
    case HistoryKind::Diklat:
        return AuditTrailView::tr("Diklat");
    case HistoryKind::Sanction:
        return AuditTrailView::tr("Hukuman disiplin");
    }
    return {};
}

} // namespace

AuditTrailView::AuditTrailView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cardCaption"));
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("auditTrail"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels(
        {tr("When"), tr("By"), tr("Action"), tr("Field"), tr("Old value"), tr("New value")});
    m_list->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->header()->resizeSection(WhenColumn, 140);
    m_list->header()->resizeSection(UserColumn, 110);
    m_list->header()->resizeSection(ActionColumn, 80);
    m_list->header()->resizeSection(FieldColumn, 200);
    m_list->header()->resizeSection(OldColumn, 200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setEntries({});
}

QString AuditTrailView::fieldLabel(const QString &field)
{
    if (field.isEmpty())
        return tr("Record");
    HistoryFields::AuditFieldParts parts;
    if (HistoryFields::parseAuditField(field, &parts))
        return tr("%1 #%2 · %3")
            .arg(historyLabel(parts.kind))
            .arg(parts.rowId)
            .arg(plainFieldLabel(parts.field));
    if (field.startsWith(QStringLiteral("skp "))) // an SKP import: "skp 2025"
        return QStringLiteral("SKP") + field.mid(3);
    return plainFieldLabel(field);
}

QString AuditTrailView::actionLabel(const QString &action)
{
    if (action == u"create")
        return tr("Created");
    if (action == u"update")
        return tr("Changed");
    if (action == u"delete")
        return tr("Deleted");
    if (action == u"import")
        return tr("Import");
    return action;
}

void AuditTrailView::setEntries(const QList<AuditEntry> &entries)
{
    m_list->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const AuditEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(
            {locale.toString(entry.at.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")),
             entry.user, actionLabel(entry.action), fieldLabel(entry.field), entry.oldValue,
             entry.newValue});
        for (const int column : {FieldColumn, OldColumn, NewColumn})
            item->setToolTip(column, item->text(column));
        items << item;
    }
    m_list->addTopLevelItems(items);
    if (entries.isEmpty())
        m_summary->setText(tr("No changes recorded yet. Every saved change will be listed here: "
                              "who, when, and the old and new value."));
    else if (entries.size() == 1)
        m_summary->setText(tr("1 change recorded. The list cannot be edited."));
    else
        m_summary->setText(tr("%1 changes recorded, newest first. The list cannot be edited.")
                               .arg(locale.toString(entries.size())));
}

} // namespace Simutasi
