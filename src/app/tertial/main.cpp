// SPDX-License-Identifier: GPL-3.0-or-later
// tertial: the workbench. `--screenshot FILE` renders the window offscreen at 1600×1000 and exits.
#include "gui/mainwindow.h"
#include "gui/translations.h"

#include "models/document.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "tertial: %s\n", message.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char **argv)
{
    // The screenshot mode needs no display: choose the offscreen platform before Qt starts.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tertial"));
    QApplication::setApplicationName(QStringLiteral("Tertial"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tertial: uppföljning av nämndernas ekonomi"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Spara fönstret som PNG och avsluta."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Databasen att öppna."), QStringLiteral("DB"));
    const QCommandLineOption tab(QStringLiteral("tab"), QStringLiteral("Flik: Ekonomi, Volymer, Indikatorer, Åtgärdsplan, "
                                                                       "Investeringar, Statsbidrag, Jämförelse."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption kommun(QStringLiteral("kommun"), QStringLiteral("Kommunkod, t.ex. 0182."), QStringLiteral("K"));
    const QCommandLineOption namnd(QStringLiteral("namnd"), QStringLiteral("Nämndens kod, t.ex. SOCN."), QStringLiteral("N"));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("År."), QStringLiteral("Y"));
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("Månad 1–12 eller T1, T2, delår, helår."),
                                   QStringLiteral("M"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Språk: sv eller en."), QStringLiteral("LANG"));
    parser.addOptions({screenshot, db, tab, kommun, namnd, year, month, language});
    parser.process(app);

    // Swedish is the source language (Qt's own dialogs too); English through Qt Linguist.
    const QString lang = parser.isSet(language) ? parser.value(language) : QLocale().name().left(2);
    Tertial::Gui::installTranslations(&app, lang == QStringLiteral("en") ? lang : QStringLiteral("sv"));

    Tertial::Gui::MainWindow window;
    // A screenshot leaves no trace: no recent file, no remembered selection or layout.
    window.setPersistent(!parser.isSet(screenshot));
    window.resize(1600, 1000);
    if (parser.isSet(db)) {
        if (auto ok = window.openDatabase(parser.value(db)); !ok) {
            fail(QString::fromStdString(ok.error().message));
            return 1;
        }
    } else if (parser.isSet(screenshot)) {
        if (auto ok = window.openDemoDatabase(); !ok)
            fail(QString::fromStdString(ok.error().message));
    } else {
        window.restoreLayout();
    }

    if (parser.isSet(namnd) || parser.isSet(year) || parser.isSet(month)) {
        Tertial::Models::Document *document = window.document();
        if (!document) {
            fail(QStringLiteral("ingen databas är öppen"));
            return 1;
        }
        Tertial::Models::Selection selection = document->selection();
        if (parser.isSet(kommun))
            selection.kommun = parser.value(kommun).toStdString();
        if (parser.isSet(namnd)) {
            auto found = document->store().findNamnd(selection.kommun, parser.value(namnd).toStdString());
            if (!found || !*found) {
                fail(QStringLiteral("nämnden %1 finns inte i kommun %2")
                         .arg(parser.value(namnd), QString::fromStdString(selection.kommun)));
                return 1;
            }
            selection.namndId = (**found).id;
        }
        if (parser.isSet(year))
            selection.year = parser.value(year).toInt();
        if (parser.isSet(month))
            selection.period = parser.value(month).toStdString();
        if (auto ok = window.select(selection); !ok) {
            fail(QString::fromStdString(ok.error().message));
            return 1;
        }
    }
    if (parser.isSet(tab) && !window.showTab(parser.value(tab))) {
        fail(QStringLiteral("okänd flik: %1").arg(parser.value(tab)));
        return 1;
    }

    window.show();
    if (parser.isSet(screenshot)) {
        window.resize(1600, 1000);
        QApplication::processEvents();
        const QPixmap pixmap = window.grab();
        if (!pixmap.save(parser.value(screenshot), "PNG")) {
            fail(QStringLiteral("kunde inte skriva %1").arg(parser.value(screenshot)));
            return 1;
        }
        std::printf("%s\n", parser.value(screenshot).toLocal8Bit().constData());
        return 0;
    }
    return QApplication::exec();
}
