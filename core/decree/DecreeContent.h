#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Simutasi {

// Who signs a decree and in which capacity. "a.n." signs on behalf of the Gubernur (e.g. the
// Sekretaris Daerah), "Plt." is an acting holder of the post.
struct DecreeSignatory
{
    enum class Capacity
    {
        Definitive, // GUBERNUR WANGGAR,
        OnBehalf,   // a.n. GUBERNUR WANGGAR / SEKRETARIS DAERAH,
        Acting      // Plt. GUBERNUR WANGGAR,
    };
    Capacity capacity = Capacity::Definitive;
    QString authority; // the office the decree belongs to: "GUBERNUR WANGGAR"
    QString jabatan;   // the signer's own post for a.n.: "SEKRETARIS DAERAH"
    QString name;      // "Dr. H. Arief Rahman, M.Si."
    QString nip;       // 18 digits; empty for an elected official
    QString pangkat;   // "Pembina Utama Madya"

    static QString capacityCode(Capacity capacity); // "definitive", "an", "plt"
    static Capacity capacityFromCode(const QString &code);
    // The lines above the signature space, e.g. {"a.n. GUBERNUR WANGGAR", "SEKRETARIS DAERAH,"}.
    QStringList titleLines() const;
};

// One employee in the decree's annex: the row of the Lampiran and the body of the petikan.
struct DecreeLine
{
    qint64 employeeId = 0; // 0 when not tied to the registry (tests, imports)
    qint64 proposalItemId = 0;
    QString name;     // with titles: "Siti Aminah, S.Pd."
    QString nip;      // 18 digits
    QString pangkat;  // "Penata Muda Tingkat I"
    QString golongan; // "III/b"
    QString oldPost;  // "Analis Kepegawaian pada Bidang Mutasi, Badan Kepegawaian Daerah"
    QString newPost;
    QString note;   // KET
    QString reason; // why, for the notification letter
    QDate tmt;
    QString email;
};

// The letterhead: the province, the issuing agency (for letters) and an optional logo.
struct Letterhead
{
    QString authority;  // above the SK: "GUBERNUR WANGGAR"
    QString government; // "PEMERINTAH PROVINSI WANGGAR"
    QString agency;     // "BADAN KEPEGAWAIAN DAERAH"
    QString address;    // "Jalan Pahlawan Nomor 12, Wanggar 78111, Telepon (0561) 734567"
    QByteArray logoPng; // empty: no logo
};

// The official who certifies a petikan ("Petikan sesuai dengan aslinya") and signs letters.
struct DecreeOfficial
{
    QStringList titleLines; // {"KEPALA BADAN KEPEGAWAIAN DAERAH", "PROVINSI WANGGAR,"}
    QString name;
    QString nip;
    QString pangkat;
};

// Everything printed on a decree, its annex, its petikan and its notification letters. Once a
// decree is issued this is stored as JSON, so a reprint years later shows exactly the same text
// even after the employees moved again or the templates changed.
struct DecreeContent
{
    QString number;
    QDate date;
    QString place;  // Ditetapkan di
    QString title;  // after TENTANG: "PEMINDAHAN PEGAWAI NEGERI SIPIL DI LINGKUNGAN ..."
    QString region; // "PROVINSI WANGGAR", for "APBD Provinsi Wanggar" and the annex title
    QStringList menimbang;
    QStringList mengingat;
    QStringList memperhatikan; // may be empty
    QStringList tembusan;
    QStringList diktum; // the articles after KESATU's transfer article (KEDUA, KETIGA, ...)
    Letterhead letterhead;
    DecreeSignatory signatory;
    DecreeOfficial certifier;
    QList<DecreeLine> lines;

    // The TMT shared by all lines; invalid when they differ (the annex then gives each one).
    QDate commonTmt() const;

    QByteArray toJson() const;
    // False (and *this unchanged) when the text is not a decree content.
    bool fromJson(const QByteArray &json);

    friend bool operator==(const DecreeContent &a, const DecreeContent &b)
    {
        return a.toJson() == b.toJson();
    }
};

} // namespace Simutasi
