// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace Tertial::App {
namespace {

constexpr qsizetype kWidth = 79; // a terminal's, and what the manual-page converter expects

// `text` broken at spaces into lines of at most `width` characters.
QStringList wrap(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// "  left   description" with the description wrapped under itself.
QString row(const QString &left, const QString &description, qsizetype width)
{
    const QString indent(2 + width, QLatin1Char(' '));
    const QStringList lines = wrap(description, std::max<qsizetype>(20, kWidth - indent.size()));
    QString text = QStringLiteral("  ") + left.leftJustified(width) + lines.value(0) + QLatin1Char('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        text += indent + lines[i] + QLatin1Char('\n');
    return text;
}

} // namespace

QString helpText(const QString &program, const QString &description, const QList<QCommandLineOption> &options,
                 const QList<PositionalArgument> &arguments)
{
    QStringList usage{program, QCoreApplication::translate("main", "[flaggor]")};
    for (const PositionalArgument &argument : arguments)
        usage << QLatin1Char('[') + argument.name + QLatin1Char(']');

    // Each option as "-h, --help" or "--db DB", left column as wide as the widest.
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        rows.append({left, option.description()});
    }
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const PositionalArgument &argument : arguments)
        width = std::max(width, argument.name.size());
    width += 2;

    QString text = QCoreApplication::translate("main", "Användning: %1").arg(usage.join(QLatin1Char(' '))) +
                   QStringLiteral("\n\n");
    for (const QString &paragraph : description.split(QStringLiteral("\n\n")))
        text += wrap(paragraph, kWidth).join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    text += QCoreApplication::translate("main", "Flaggor:") + QLatin1Char('\n');
    for (const auto &[left, what] : rows)
        text += row(left, what, width);
    if (!arguments.isEmpty()) {
        text += QLatin1Char('\n') + QCoreApplication::translate("main", "Argument:") + QLatin1Char('\n');
        for (const PositionalArgument &argument : arguments)
            text += row(argument.name, argument.description, width);
    }
    return text;
}

QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

} // namespace Tertial::App
