// SPDX-License-Identifier: GPL-3.0-or-later
// tertial's --help text, written by us (QCommandLineParser's own has no Swedish translation in
// Qt 6.4) in the layout tertial-cli uses, so one converter makes both manual pages from them.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace Tertial::App {

struct PositionalArgument
{
    QString name;        // "FIL"
    QString description;
};

// "Användning: tertial [flaggor] [FIL]", the description, the options and the arguments, in the
// language of the translators installed.
QString helpText(const QString &program, const QString &description, const QList<QCommandLineOption> &options,
                 const QList<PositionalArgument> &arguments);

// The value of --lang in argv ("--lang en" or "--lang=en"), read before Qt parses anything so
// that the translators are in place when the help text is made; empty when not given.
QString languageArgument(int argc, char **argv);

} // namespace Tertial::App
