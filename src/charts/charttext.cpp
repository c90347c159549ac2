// SPDX-License-Identifier: GPL-3.0-or-later
// sv-SE chart text through the core's formatter, so charts and tables print numbers alike.
#include "charttext.h"

#include "core/svformat.h"

#include <QStringList>

#include <array>

namespace Tertial::Charts {

QString numberText(double value, int decimals)
{
    return QString::fromStdString(Core::formatNumber(value, decimals));
}

QString signedNumberText(double value, int decimals)
{
    const QString text = numberText(value, decimals);
    if (value > 0 && text != QLatin1String("0"))
        return QLatin1Char('+') + text;
    return text;
}

QString monthShortName(int month)
{
    static const std::array<const char *, 12> names = {"jan", "feb", "mar", "apr", "maj", "jun",
                                                       "jul", "aug", "sep", "okt", "nov", "dec"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(names[static_cast<std::size_t>(month - 1)]);
}

QString monthLongName(int month)
{
    static const std::array<const char *, 12> names = {"januari", "februari", "mars",     "april",
                                                       "maj",     "juni",     "juli",     "augusti",
                                                       "september", "oktober", "november", "december"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(names[static_cast<std::size_t>(month - 1)]);
}

QString wrapLabel(const QString &text, int width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace Tertial::Charts
