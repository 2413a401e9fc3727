#include "DecreeTemplates.h"

#include "DecreeNumber.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/Permissions.h"

#include <QSizeF>
#include <functional>

namespace Simutasi {

namespace {

constexpr double F4WidthMm = 215;
constexpr double F4HeightMm = 330;
constexpr double MinFontPt = 6;
constexpr double MaxFontPt = 20;
constexpr double MaxMarginMm = 60;

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString joinLines(const QStringList &lines)
{
    return lines.join(u'\n');
}

QStringList splitLines(const QString &text)
{
    QStringList lines;
    const QStringList raw = text.split(u'\n');
    for (const QString &line : raw) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// One stored value: its key and how it is read from and written to the templates as text.
struct Field
{
    const char *key;
    std::function<QString(const DecreeTemplates &)> get;
    std::function<void(DecreeTemplates &, const QString &)> set;
};

Field stringField(const char *key, QString DecreeTemplates::*member)
{
    return {key, [member](const DecreeTemplates &t) { return t.*member; },
            [member](DecreeTemplates &t, const QString &v) {
                t.*member = v;
            }};
}

Field listField(const char *key, QStringList DecreeTemplates::*member)
{
    return {key, [member](const DecreeTemplates &t) { return joinLines(t.*member); },
            [member](DecreeTemplates &t, const QString &v) {
                t.*member = splitLines(v);
            }};
}

template<typename Part>
Field partField(const char *key, Part DecreeTemplates::*part, QString Part::*member)
{
    return {key, [part, member](const DecreeTemplates &t) { return (t.*part).*member; },
            [part, member](DecreeTemplates &t, const QString &v) {
                (t.*part).*member = v;
            }};
}

Field marginField(const char *key, qreal (QMarginsF::*get)() const, void (QMarginsF::*set)(qreal))
{
    return {key,
            [get](const DecreeTemplates &t) { return QString::number((t.page.marginsMm.*get)()); },
            [set](DecreeTemplates &t, const QString &v) {
                bool ok = false;
                const double mm = v.toDouble(&ok);
                if (ok)
                    (t.page.marginsMm.*set)(mm);
            }};
}

const QList<Field> &fields()
{
    static const QList<Field> all = {
        stringField("decree/number_template", &DecreeTemplates::numberTemplate),
        {"decree/number_width",
         [](const DecreeTemplates &t) { return QString::number(t.numberWidth); },
         [](DecreeTemplates &t, const QString &v) {
             bool ok = false;
             const int width = v.toInt(&ok);
             if (ok)
                 t.numberWidth = width;
         }},
        stringField("decree/klasifikasi", &DecreeTemplates::klasifikasi),
        stringField("decree/unit_code", &DecreeTemplates::unitCode),
        stringField("decree/place", &DecreeTemplates::place),
        stringField("decree/title", &DecreeTemplates::title),
        stringField("decree/region", &DecreeTemplates::region),
        listField("decree/menimbang", &DecreeTemplates::menimbang),
        listField("decree/mengingat", &DecreeTemplates::mengingat),
        listField("decree/tembusan", &DecreeTemplates::tembusan),
        listField("decree/diktum", &DecreeTemplates::diktum),
        stringField("decree/default_reason", &DecreeTemplates::defaultReason),
        partField("letterhead/authority", &DecreeTemplates::letterhead, &Letterhead::authority),
        partField("letterhead/government", &DecreeTemplates::letterhead, &Letterhead::government),
        partField("letterhead/agency", &DecreeTemplates::letterhead, &Letterhead::agency),
        partField("letterhead/address", &DecreeTemplates::letterhead, &Letterhead::address),
        {"letterhead/logo_png",
         [](const DecreeTemplates &t) {
             return QString::fromLatin1(t.letterhead.logoPng.toBase64());
         },
         [](DecreeTemplates &t, const QString &v) {
             t.letterhead.logoPng = QByteArray::fromBase64(v.toLatin1());
         }},
        {"decree/signatory_capacity",
         [](const DecreeTemplates &t) {
             return DecreeSignatory::capacityCode(t.signatory.capacity);
         },
         [](DecreeTemplates &t, const QString &v) {
             t.signatory.capacity = DecreeSignatory::capacityFromCode(v);
         }},
        partField("decree/signatory_authority", &DecreeTemplates::signatory,
                  &DecreeSignatory::authority),
        partField("decree/signatory_jabatan", &DecreeTemplates::signatory,
                  &DecreeSignatory::jabatan),
        partField("decree/signatory_name", &DecreeTemplates::signatory, &DecreeSignatory::name),
        partField("decree/signatory_nip", &DecreeTemplates::signatory, &DecreeSignatory::nip),
        partField("decree/signatory_pangkat", &DecreeTemplates::signatory,
                  &DecreeSignatory::pangkat),
        {"decree/certifier_title",
         [](const DecreeTemplates &t) { return joinLines(t.certifier.titleLines); },
         [](DecreeTemplates &t, const QString &v) {
             t.certifier.titleLines = splitLines(v);
         }},
        partField("decree/certifier_name", &DecreeTemplates::certifier, &DecreeOfficial::name),
        partField("decree/certifier_nip", &DecreeTemplates::certifier, &DecreeOfficial::nip),
        partField("decree/certifier_pangkat", &DecreeTemplates::certifier,
                  &DecreeOfficial::pangkat),
        {"print/paper", [](const DecreeTemplates &t) { return PageSetup::paperCode(t.page.paper); },
         [](DecreeTemplates &t, const QString &v) {
             t.page.paper = PageSetup::paperFromCode(v);
         }},
        marginField("print/margin_left_mm", &QMarginsF::left, &QMarginsF::setLeft),
        marginField("print/margin_top_mm", &QMarginsF::top, &QMarginsF::setTop),
        marginField("print/margin_right_mm", &QMarginsF::right, &QMarginsF::setRight),
        marginField("print/margin_bottom_mm", &QMarginsF::bottom, &QMarginsF::setBottom),
        {"print/font_family", [](const DecreeTemplates &t) { return t.page.fontFamily; },
         [](DecreeTemplates &t, const QString &v) {
             t.page.fontFamily = v;
         }},
        {"print/font_size_pt",
         [](const DecreeTemplates &t) { return QString::number(t.page.fontSizePt); },
         [](DecreeTemplates &t, const QString &v) {
             bool ok = false;
             const double size = v.toDouble(&ok);
             if (ok)
                 t.page.fontSizePt = size;
         }},
    };
    return all;
}

} // namespace

QPageSize PageSetup::pageSize() const
{
    if (paper == Paper::A4)
        return QPageSize(QPageSize::A4);
    return QPageSize(QSizeF(F4WidthMm, F4HeightMm), QPageSize::Millimeter, QStringLiteral("F4"),
                     QPageSize::ExactMatch);
}

QString PageSetup::paperCode(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("A4") : QStringLiteral("F4");
}

PageSetup::Paper PageSetup::paperFromCode(const QString &code)
{
    return code.trimmed().compare(u"A4", Qt::CaseInsensitive) == 0 ? Paper::A4 : Paper::F4;
}

DecreeTemplates DecreeTemplates::defaults()
{
    DecreeTemplates t;
    t.numberTemplate = DecreeNumber::defaultTemplate();
    t.numberWidth = DecreeNumber::DefaultWidth;
    t.klasifikasi = QStringLiteral("800.1.3.1");
    t.unitCode = QStringLiteral("BKD");
    t.place = QStringLiteral("Wanggar");
    t.title =
        QStringLiteral("PEMINDAHAN PEGAWAI NEGERI SIPIL DI LINGKUNGAN PEMERINTAH PROVINSI WANGGAR");
    t.region = QStringLiteral("Provinsi Wanggar");
    t.menimbang = {
        text("bahwa untuk kepentingan dinas dan dalam rangka peningkatan kinerja serta "
             "pemerataan Pegawai Negeri Sipil di Lingkungan Pemerintah Provinsi Wanggar, "
             "dipandang perlu memindahkan Pegawai Negeri Sipil yang namanya tercantum dalam "
             "Lampiran Keputusan ini;"),
        text("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
             "menetapkan Keputusan Gubernur tentang Pemindahan Pegawai Negeri Sipil di "
             "Lingkungan Pemerintah Provinsi Wanggar;"),
    };
    t.mengingat = {
        text("Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;"),
        text("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah "
             "beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023;"),
        text("Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
             "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;"),
        text("Peraturan Badan Kepegawaian Negara Nomor 5 Tahun 2019 tentang Tata Cara "
             "Pelaksanaan Mutasi;"),
    };
    t.tembusan = {
        text("Kepala Badan Kepegawaian Negara di Jakarta;"),
        text("Kepala Kantor Regional Badan Kepegawaian Negara yang bersangkutan;"),
        text("Inspektur Provinsi Wanggar;"),
        text("Kepala Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Wanggar;"),
        text("Pegawai Negeri Sipil yang bersangkutan;"),
        text("Arsip."),
    };
    t.diktum = {
        text("Keputusan ini mulai berlaku {tmt}, dengan ketentuan apabila di kemudian hari "
             "terdapat kekeliruan dalam Keputusan ini akan diadakan perbaikan sebagaimana "
             "mestinya."),
        text("Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada "
             "Anggaran Pendapatan dan Belanja Daerah Provinsi Wanggar."),
        text("Keputusan ini disampaikan kepada yang bersangkutan untuk diketahui dan "
             "dipergunakan sebagaimana mestinya."),
    };
    t.defaultReason = text("untuk kepentingan dinas, dalam rangka pemenuhan kebutuhan pegawai "
                           "sesuai analisis jabatan dan beban kerja serta pengembangan karier");
    t.letterhead.authority = QStringLiteral("GUBERNUR WANGGAR");
    t.letterhead.government = QStringLiteral("PEMERINTAH PROVINSI WANGGAR");
    t.letterhead.agency = QStringLiteral("BADAN KEPEGAWAIAN DAERAH");
    t.letterhead.address = text("Jalan Pahlawan Nomor 12, Wanggar 78111 · Telepon (0561) "
                                "734567 · Pos-el bkd@wanggarprov.go.id");
    t.signatory.capacity = DecreeSignatory::Capacity::Definitive;
    t.signatory.authority = QStringLiteral("GUBERNUR WANGGAR");
    t.signatory.jabatan = QStringLiteral("SEKRETARIS DAERAH");
    t.signatory.name = QStringLiteral("H. RAHMAN HIDAYAT");
    t.certifier.titleLines = {QStringLiteral("KEPALA BADAN KEPEGAWAIAN DAERAH"),
                              QStringLiteral("PROVINSI WANGGAR,")};
    t.certifier.name = QStringLiteral("Dr. SURYANTO, S.H., M.Si.");
    t.certifier.nip = QStringLiteral("197203151998031004");
    t.certifier.pangkat = QStringLiteral("Pembina Utama Muda");
    return t;
}

DecreeTemplates DecreeTemplates::load(const Database &database)
{
    DecreeTemplates t = defaults();
    const DecreeTemplates fallback = t;
    for (const Field &field : fields())
        field.set(t, database.setting(QLatin1String(field.key), field.get(fallback)));
    return t;
}

DatabaseError DecreeTemplates::save(Database &database, const QString &user) const
{
    if (DatabaseError refusal = Permissions::requireCurrent(database, DataAction::EditSettings))
        return refusal;
    const QString problem = validate();
    if (!problem.isEmpty())
        return DatabaseError::make(DatabaseError::Kind::Constraint, database.path(), problem);
    const DecreeTemplates before = load(database);
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    QList<FieldChange> changes;
    for (const Field &field : fields()) {
        const QString oldValue = field.get(before);
        // A null text would be stored as SQL NULL, which the settings table refuses.
        const QString newValue = field.get(*this).isNull() ? QStringLiteral("") : field.get(*this);
        if (const DatabaseError error = database.setSetting(QLatin1String(field.key), newValue))
            return error;
        if (oldValue != newValue)
            changes.append({QLatin1String(field.key), oldValue, newValue});
    }
    if (!changes.isEmpty()) {
        AuditLog audit(database);
        if (const DatabaseError error = audit.appendChanges(
                user, QStringLiteral("update"), QStringLiteral("app_setting"), 0, changes))
            return error;
    }
    return transaction.commit();
}

QString DecreeTemplates::validate() const
{
    const QString numberProblem = DecreeNumber::validate(numberTemplate);
    if (!numberProblem.isEmpty())
        return numberProblem;
    if (numberWidth < 1 || numberWidth > 9)
        return tr("The width of the running number must be between 1 and 9 digits.");
    if (page.fontSizePt < MinFontPt || page.fontSizePt > MaxFontPt)
        return tr("The font size must be between %1 and %2 points.").arg(MinFontPt).arg(MaxFontPt);
    const QMarginsF &m = page.marginsMm;
    for (const qreal margin : {m.left(), m.top(), m.right(), m.bottom()}) {
        if (margin < 0 || margin > MaxMarginMm)
            return tr("Margins must be between 0 and %1 mm.").arg(MaxMarginMm);
    }
    if (place.trimmed().isEmpty() || signatory.name.trimmed().isEmpty())
        return tr("The place of issue and the signatory's name must not be empty.");
    return {};
}

DecreeContent DecreeTemplates::newContent(const QString &number, const QDate &date) const
{
    DecreeContent content;
    content.number = number;
    content.date = date;
    content.place = place;
    content.title = title;
    content.region = region;
    content.menimbang = menimbang;
    content.mengingat = mengingat;
    content.tembusan = tembusan;
    content.diktum = diktum;
    content.letterhead = letterhead;
    content.signatory = signatory;
    content.certifier = certifier;
    return content;
}

} // namespace Simutasi
