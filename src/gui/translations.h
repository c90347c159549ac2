// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's languages: Swedish (the source language) with Qt's own dialogs in Swedish too,
// or English through Qt Linguist.
#pragma once

#include <QStringList>

class QCoreApplication;

namespace Tertial::Gui {

// Installs the translators for `language` ("sv" or "en") on the application and returns the
// catalogues loaded, in order. Swedish: Qt's system catalogue (qtbase_sv.qm, else qt_sv.qm, from
// QLibraryInfo::TranslationsPath; Debian's qt6-translations-l10n) and then Tertial's supplement
// for what that catalogue lacks (":/i18n/qt_sv_tertial.qm", compiled in, consulted first).
// Swedish also makes sv-SE the default QLocale (dates in Qt's dialogs). English: tertial_en.qm
// from the data folder (Platform::dataPath("translations"), installed or in the build tree).
// The translators live as long as the application.
QStringList installTranslations(QCoreApplication *application, const QString &language);

} // namespace Tertial::Gui
