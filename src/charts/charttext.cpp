// SPDX-License-Identifier: GPL-3.0-or-later
// sv-SE chart text through the core's formatter, so charts and tables print numbers alike.
#include "charttext.h"

#include "core/svformat.h"

#include <QCoreApplication>
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

QString monthShortName(int month, bool translated)
{
    static const std::array<const char *, 12> names = {
        QT_TRANSLATE_NOOP("Tertial::Charts", "jan"), QT_TRANSLATE_NOOP("Tertial::Charts", "feb"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "mar"), QT_TRANSLATE_NOOP("Tertial::Charts", "apr"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "maj"), QT_TRANSLATE_NOOP("Tertial::Charts", "jun"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "jul"), QT_TRANSLATE_NOOP("Tertial::Charts", "aug"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "sep"), QT_TRANSLATE_NOOP("Tertial::Charts", "okt"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "nov"), QT_TRANSLATE_NOOP("Tertial::Charts", "dec")};
    if (month < 1 || month > 12)
        return {};
    const char *name = names[static_cast<std::size_t>(month - 1)];
    return translated ? QCoreApplication::translate("Tertial::Charts", name) : QString::fromLatin1(name);
}

QString monthLongName(int month, bool translated)
{
    static const std::array<const char *, 12> names = {
        QT_TRANSLATE_NOOP("Tertial::Charts", "januari"),   QT_TRANSLATE_NOOP("Tertial::Charts", "februari"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "mars"),      QT_TRANSLATE_NOOP("Tertial::Charts", "april"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "maj"),       QT_TRANSLATE_NOOP("Tertial::Charts", "juni"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "juli"),      QT_TRANSLATE_NOOP("Tertial::Charts", "augusti"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "september"), QT_TRANSLATE_NOOP("Tertial::Charts", "oktober"),
        QT_TRANSLATE_NOOP("Tertial::Charts", "november"),  QT_TRANSLATE_NOOP("Tertial::Charts", "december")};
    if (month < 1 || month > 12)
        return {};
    const char *name = names[static_cast<std::size_t>(month - 1)];
    return translated ? QCoreApplication::translate("Tertial::Charts", name) : QString::fromLatin1(name);
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
