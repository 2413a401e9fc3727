#include "DecreeNumber.h"

#include "IndonesianText.h"

#include <QRegularExpression>
#include <algorithm>

namespace Simutasi {

namespace {

constexpr int MaxWidth = 9;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

// The value of one placeholder, or a null string when the name is unknown.
QString valueOf(const QString &name, const DecreeNumber::Parts &parts, int width)
{
    const QString key = name.trimmed().toLower();
    if (key == u"klasifikasi")
        return parts.klasifikasi;
    if (key == u"nomor")
        return QStringLiteral("%1").arg(parts.sequence, width, 10, QLatin1Char('0'));
    if (key == u"unit")
        return parts.unit;
    if (key == u"bulan romawi")
        return IndonesianText::romanMonth(parts.date.month());
    if (key == u"bulan")
        return QStringLiteral("%1").arg(parts.date.month(), 2, 10, QLatin1Char('0'));
    if (key == u"tahun")
        return QString::number(parts.date.year());
    return {};
}

} // namespace

QString DecreeNumber::defaultTemplate()
{
    return QStringLiteral("{klasifikasi}/{nomor}/{unit}/{bulan romawi}/{tahun}");
}

QString DecreeNumber::validate(const QString &templateText)
{
    bool hasSequence = false;
    const Parts probe{QStringLiteral("x"), 1, QStringLiteral("x"), QDate(2000, 1, 1)};
    auto matches = placeholderPattern().globalMatch(templateText);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (valueOf(name, probe, 1).isNull())
            return tr("The decree number template has an unknown placeholder {%1}.").arg(name);
        hasSequence = hasSequence || name.trimmed().toLower() == u"nomor";
    }
    if (!hasSequence)
        return tr("The decree number template must contain {nomor}, the running number.");
    return {};
}

int DecreeNumber::sequenceIn(const QString &templateText, const QString &number)
{
    if (!validate(templateText).isEmpty())
        return 0;
    // The template as a pattern: {nomor} captures digits, every other placeholder anything.
    QString pattern = QStringLiteral("^");
    qsizetype from = 0;
    auto matches = placeholderPattern().globalMatch(templateText);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        pattern += QRegularExpression::escape(templateText.mid(from, match.capturedStart() - from));
        pattern += match.captured(1).trimmed().toLower() == u"nomor" ? QStringLiteral("(\\d+)")
                                                                     : QStringLiteral(".*?");
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(templateText.mid(from)) + u'$';
    const QRegularExpressionMatch found = QRegularExpression(pattern).match(number);
    return found.hasMatch() ? found.captured(1).toInt() : 0;
}

QString DecreeNumber::format(const QString &templateText, const Parts &parts, int width)
{
    if (!validate(templateText).isEmpty() || parts.sequence < 1 || !parts.date.isValid())
        return {};
    const int padding = std::clamp(width, 1, MaxWidth);
    QString result;
    qsizetype from = 0;
    auto matches = placeholderPattern().globalMatch(templateText);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += templateText.mid(from, match.capturedStart() - from);
        result += valueOf(match.captured(1), parts, padding);
        from = match.capturedEnd();
    }
    result += templateText.mid(from);
    return result;
}

} // namespace Simutasi
