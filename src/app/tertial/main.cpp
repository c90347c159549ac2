// SPDX-License-Identifier: GPL-3.0-or-later
// tertial: the workbench. `--screenshot FILE` renders the window offscreen at 1600×1000 and exits.
#include "commandline.h"

#include "gui/aboutdialog.h"
#include "gui/mainwindow.h"
#include "gui/translations.h"

#include "models/document.h"
#include "platform/datadir.h"
#include "version/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "tertial: %s\n", message.toLocal8Bit().constData());
}

QString translate(const char *text)
{
    return QCoreApplication::translate("main", text);
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
    QApplication::setApplicationVersion(QString::fromStdString(Tertial::Version::full()));
    QApplication::setDesktopFileName(QStringLiteral("se.tertial.Tertial"));
    QApplication::setWindowIcon(Tertial::Gui::applicationIcon());

    // Swedish is the source language (Qt's own dialogs too); English through Qt Linguist, from the
    // data folder (share/tertial/translations). Installed before the options are made, so --help
    // speaks the language too.
    const QString langArgument = Tertial::App::languageArgument(argc, argv);
    const QString lang = !langArgument.isEmpty() ? langArgument.left(2) : QLocale().name().left(2);
    Tertial::Gui::installTranslations(&app, lang == QStringLiteral("en") ? lang : QStringLiteral("sv"));

    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, translate("Visa den här hjälpen."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     translate("Visa versionen och licensen."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), translate("Spara fönstret som PNG och avsluta."),
                                        translate("FIL"));
    const QCommandLineOption db(QStringLiteral("db"), translate("Databasen att öppna."), QStringLiteral("DB"));
    const QCommandLineOption tab(QStringLiteral("tab"), translate("Flik: Ekonomi, Volymer, Indikatorer, Åtgärdsplan, "
                                                                  "Investeringar, Statsbidrag, Jämförelse."),
                                 translate("NAMN"));
    const QCommandLineOption kommun(QStringLiteral("kommun"), translate("Kommunkod, t.ex. 0182."), QStringLiteral("K"));
    const QCommandLineOption namnd(QStringLiteral("namnd"), translate("Nämndens kod, t.ex. SOCN."), QStringLiteral("N"));
    const QCommandLineOption year(QStringLiteral("year"), translate("År."), QStringLiteral("Y"));
    const QCommandLineOption month(QStringLiteral("month"), translate("Månad 1–12 eller T1, T2, delår, helår."),
                                   QStringLiteral("M"));
    const QCommandLineOption language(QStringLiteral("lang"), translate("Språk: sv eller en."), QStringLiteral("LANG"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  translate("Fönstrets storlek för --screenshot, t.ex. 1366x768 (standard 1600x1000)."),
                                  QStringLiteral("BxH"));
    const QList<QCommandLineOption> options{help,  version, screenshot, db,       tab, kommun,
                                            namnd, year,    month,      language, size};
    const QList<Tertial::App::PositionalArgument> arguments{
        {translate("FIL"), translate("Databasen att öppna, som med --db (så öppnar skrivbordet en .tertial-fil).")}};
    parser.addOptions(options);
    parser.addPositionalArgument(arguments.front().name, arguments.front().description);
    parser.process(app);
    if (parser.isSet(help)) {
        const QString description =
            translate("Tertial: arbetsbänken för uppföljning av nämndernas ekonomi.") + QStringLiteral("\n\n") +
            translate("Budget, utfall, prognos och volymer per kommun, nämnd, verksamhet och period, med avvikelser, "
                      "prognoser och indikatorstatus beräknade på kronan; diagram, rapportutkast och jämförelser med "
                      "Kolada. Utan FIL och --db öppnas den senast använda databasen, med --screenshot demodatabasen.");
        std::fputs(Tertial::App::helpText(QStringLiteral("tertial"), description, options, arguments).toLocal8Bit().constData(),
                   stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        const auto textLanguage = lang == QStringLiteral("en") ? Tertial::Platform::Language::English
                                                                : Tertial::Platform::Language::Swedish;
        std::fputs(Tertial::Version::versionText("tertial", textLanguage).c_str(), stdout);
        return 0;
    }
    // A file given as an argument is --db (how the desktop opens a double-clicked .tertial file).
    const QString dbPath = parser.isSet(db) ? parser.value(db)
                           : parser.positionalArguments().isEmpty() ? QString()
                                                                    : parser.positionalArguments().constFirst();

    Tertial::Gui::MainWindow window;
    // A screenshot leaves no trace: no recent file, no remembered selection or layout.
    window.setPersistent(!parser.isSet(screenshot));
    // 1600×1000, or the screen when it is smaller (1366×768): the first show fits the docks to it.
    QSize start(1600, 1000);
    if (const QScreen *screen = QGuiApplication::primaryScreen(); screen && !parser.isSet(screenshot))
        start = start.boundedTo(screen->availableGeometry().size());
    window.resize(start);
    if (!dbPath.isEmpty()) {
        if (auto ok = window.openDatabase(dbPath); !ok) {
            const QString message = QString::fromStdString(ok.error().message);
            fail(message);
            if (!parser.isSet(db) && !parser.isSet(screenshot))
                QMessageBox::critical(nullptr, QStringLiteral("Tertial"), message); // started from the desktop
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

    QSize shotSize(1600, 1000);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const int width = parts.value(0).toInt();
        const int height = parts.value(1).toInt();
        if (parts.size() != 2 || width < 640 || height < 480) {
            fail(QStringLiteral("--size %1: väntade bredd x höjd, t.ex. 1366x768").arg(parser.value(size)));
            return 1;
        }
        shotSize = QSize(width, height);
    }
    if (parser.isSet(screenshot))
        window.resize(shotSize); // before the first show, which fits the docks to the size
    window.show();
    if (parser.isSet(screenshot)) {
        window.resize(shotSize);
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
