#include "DecreeContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Simutasi {

namespace {

constexpr int FormatVersion = 1;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

QString toText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate toDate(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QJsonObject lineToJson(const DecreeLine &line)
{
    return QJsonObject{
        {key("employeeId"), QString::number(line.employeeId)},
        {key("proposalItemId"), QString::number(line.proposalItemId)},
        {key("name"), line.name},
        {key("nip"), line.nip},
        {key("pangkat"), line.pangkat},
        {key("golongan"), line.golongan},
        {key("oldPost"), line.oldPost},
        {key("newPost"), line.newPost},
        {key("note"), line.note},
        {key("reason"), line.reason},
        {key("tmt"), toText(line.tmt)},
        {key("email"), line.email},
    };
}

DecreeLine lineFromJson(const QJsonObject &object)
{
    DecreeLine line;
    line.employeeId = object.value(key("employeeId")).toString().toLongLong();
    line.proposalItemId = object.value(key("proposalItemId")).toString().toLongLong();
    line.name = object.value(key("name")).toString();
    line.nip = object.value(key("nip")).toString();
    line.pangkat = object.value(key("pangkat")).toString();
    line.golongan = object.value(key("golongan")).toString();
    line.oldPost = object.value(key("oldPost")).toString();
    line.newPost = object.value(key("newPost")).toString();
    line.note = object.value(key("note")).toString();
    line.reason = object.value(key("reason")).toString();
    line.tmt = toDate(object.value(key("tmt")));
    line.email = object.value(key("email")).toString();
    return line;
}

} // namespace

QString DecreeSignatory::capacityCode(Capacity capacity)
{
    switch (capacity) {
    case Capacity::OnBehalf:
        return QStringLiteral("an");
    case Capacity::Acting:
        return QStringLiteral("plt");
    case Capacity::Definitive:
        break;
    }
    return QStringLiteral("definitive");
}

DecreeSignatory::Capacity DecreeSignatory::capacityFromCode(const QString &code)
{
    if (code == u"an")
        return Capacity::OnBehalf;
    if (code == u"plt")
        return Capacity::Acting;
    return Capacity::Definitive;
}

QStringList DecreeSignatory::titleLines() const
{
    switch (capacity) {
    case Capacity::OnBehalf:
        return {QStringLiteral("a.n. ") + authority, jabatan + u','};
    case Capacity::Acting:
        return {QStringLiteral("Plt. ") + authority + u','};
    case Capacity::Definitive:
        break;
    }
    return {authority + u','};
}

QDate DecreeContent::commonTmt() const
{
    QDate common;
    for (const DecreeLine &line : lines) {
        if (!common.isValid())
            common = line.tmt;
        else if (line.tmt != common)
            return {};
    }
    return common;
}

QByteArray DecreeContent::toJson() const
{
    QJsonArray lineArray;
    for (const DecreeLine &line : lines)
        lineArray.append(lineToJson(line));
    const QJsonObject object{
        {key("format"), FormatVersion},
        {key("number"), number},
        {key("date"), toText(date)},
        {key("place"), place},
        {key("title"), title},
        {key("region"), region},
        {key("menimbang"), toArray(menimbang)},
        {key("mengingat"), toArray(mengingat)},
        {key("memperhatikan"), toArray(memperhatikan)},
        {key("tembusan"), toArray(tembusan)},
        {key("diktum"), toArray(diktum)},
        {key("letterhead"),
         QJsonObject{{key("authority"), letterhead.authority},
                     {key("government"), letterhead.government},
                     {key("agency"), letterhead.agency},
                     {key("address"), letterhead.address},
                     {key("logoPng"), QString::fromLatin1(letterhead.logoPng.toBase64())}}},
        {key("signatory"),
         QJsonObject{{key("capacity"), DecreeSignatory::capacityCode(signatory.capacity)},
                     {key("authority"), signatory.authority},
                     {key("jabatan"), signatory.jabatan},
                     {key("name"), signatory.name},
                     {key("nip"), signatory.nip},
                     {key("pangkat"), signatory.pangkat}}},
        {key("certifier"), QJsonObject{{key("titleLines"), toArray(certifier.titleLines)},
                                       {key("name"), certifier.name},
                                       {key("nip"), certifier.nip},
                                       {key("pangkat"), certifier.pangkat}}},
        {key("lines"), lineArray},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool DecreeContent::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (object.value(key("format")).toInt() != FormatVersion)
        return false;
    DecreeContent content;
    content.number = object.value(key("number")).toString();
    content.date = toDate(object.value(key("date")));
    content.place = object.value(key("place")).toString();
    content.title = object.value(key("title")).toString();
    content.region = object.value(key("region")).toString();
    content.menimbang = toList(object.value(key("menimbang")));
    content.mengingat = toList(object.value(key("mengingat")));
    content.memperhatikan = toList(object.value(key("memperhatikan")));
    content.tembusan = toList(object.value(key("tembusan")));
    content.diktum = toList(object.value(key("diktum")));
    const QJsonObject head = object.value(key("letterhead")).toObject();
    content.letterhead.authority = head.value(key("authority")).toString();
    content.letterhead.government = head.value(key("government")).toString();
    content.letterhead.agency = head.value(key("agency")).toString();
    content.letterhead.address = head.value(key("address")).toString();
    content.letterhead.logoPng =
        QByteArray::fromBase64(head.value(key("logoPng")).toString().toLatin1());
    const QJsonObject sign = object.value(key("signatory")).toObject();
    content.signatory.capacity =
        DecreeSignatory::capacityFromCode(sign.value(key("capacity")).toString());
    content.signatory.authority = sign.value(key("authority")).toString();
    content.signatory.jabatan = sign.value(key("jabatan")).toString();
    content.signatory.name = sign.value(key("name")).toString();
    content.signatory.nip = sign.value(key("nip")).toString();
    content.signatory.pangkat = sign.value(key("pangkat")).toString();
    const QJsonObject cert = object.value(key("certifier")).toObject();
    content.certifier.titleLines = toList(cert.value(key("titleLines")));
    content.certifier.name = cert.value(key("name")).toString();
    content.certifier.nip = cert.value(key("nip")).toString();
    content.certifier.pangkat = cert.value(key("pangkat")).toString();
    const QJsonArray lineArray = object.value(key("lines")).toArray();
    for (const QJsonValue &value : lineArray)
        content.lines.append(lineFromJson(value.toObject()));
    *this = content;
    return true;
}

} // namespace Simutasi
