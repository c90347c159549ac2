// SPDX-License-Identifier: GPL-3.0-or-later
// Installing the translators.
#include "translations.h"

#include "platform/datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Tertial::Gui {

namespace {

bool install(QCoreApplication *application, const QString &path, QStringList &loaded)
{
    auto *translator = new QTranslator(application);
    if (!translator->load(path)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    loaded << path;
    return true;
}

} // namespace

QStringList installTranslations(QCoreApplication *application, const QString &language)
{
    QStringList loaded;
    if (language == QStringLiteral("en")) {
        // From the data folder (share/tertial/translations, installed or in the build tree).
        install(application, QString::fromStdU16String(Platform::dataPath("translations/tertial_en.qm").u16string()),
                loaded);
        return loaded;
    }
    // Qt's dialogs write dates and numbers the Swedish way too ("6 dec. 2026" in a file dialog).
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    // Qt's own: the newer per-module catalogue when the system has it, else the older whole one.
    const QDir folder(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    for (const char *name : {"qtbase_sv.qm", "qt_sv.qm"})
        if (const QString path = folder.filePath(QString::fromLatin1(name)); QFile::exists(path) && install(application, path, loaded))
            break;
    // Installed last, so asked first: Qt 6's contexts and what the system catalogue lacks.
    install(application, QStringLiteral(":/i18n/qt_sv_tertial.qm"), loaded);
    return loaded;
}

} // namespace Tertial::Gui
