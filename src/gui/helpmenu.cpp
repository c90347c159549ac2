// SPDX-License-Identifier: GPL-3.0-or-later
// The Hjälp menu and its two texts.
#include "helpmenu.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Tertial::Gui {

HelpMenu::HelpMenu(QMenuBar *menuBar, QWidget *window) : QObject(window), m_window(window)
{
    m_menu = menuBar->addMenu(tr("&Hjälp"));
    m_menu->setObjectName(QStringLiteral("menuHelp"));
    m_keyboard = m_menu->addAction(tr("&Kortkommandon"), this, &HelpMenu::showKeyboardReference);
    m_keyboard->setShortcut(QKeySequence::HelpContents);
    m_guide = m_menu->addAction(tr("Kom &igång med Tertial"), this, &HelpMenu::showGuide);
}

void HelpMenu::showText(const QString &objectName, const QString &title, const QString &html, QSize size)
{
    // One window of each kind: asking again brings it forward.
    if (auto *open = m_window->findChild<QDialog *>(objectName)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QTextBrowser(dialog);
    text->setHtml(html);
    text->setOpenExternalLinks(false);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(size);
    dialog->show(); // beside the work, not blocking it
}

void HelpMenu::showKeyboardReference()
{
    showText(QStringLiteral("keyboardReference"), tr("Kortkommandon"), keyboardReferenceHtml(), QSize(620, 640));
}

void HelpMenu::showGuide()
{
    showText(QStringLiteral("guide"), tr("Kom igång med Tertial"), guideHtml(), QSize(680, 640));
}

QString HelpMenu::keyboardReferenceHtml()
{
    struct Key
    {
        const char *keys;
        const char *what;
    };
    // Grouped as a controller looks for them; the keys are Excel's where Excel has one.
    static const Key table[] = {
        {QT_TR_NOOP("Skriv en siffra"), QT_TR_NOOP("Börjar skriva i cellen (det som stod där ersätts)")},
        {QT_TR_NOOP("F2"), QT_TR_NOOP("Redigerar cellen med värdet kvar")},
        {QT_TR_NOOP("Enter / Skift+Enter"), QT_TR_NOOP("Sparar och går ned / upp")},
        {QT_TR_NOOP("Tabb / Skift+Tabb"), QT_TR_NOOP("Sparar och går höger / vänster")},
        {QT_TR_NOOP("Piltangenterna"), QT_TR_NOOP("Flyttar mellan cellerna; i en redigerad cell sparar upp och ned först")},
        {QT_TR_NOOP("Esc"), QT_TR_NOOP("Avbryter redigeringen, cellen behåller sitt värde")},
        {QT_TR_NOOP("=100+20"), QT_TR_NOOP("En formel räknas ut när du trycker Enter: + − × ÷ (eller * /), parenteser och "
                                           "decimalkomma; formeln sparas i ändringsloggen")},
        {QT_TR_NOOP("Ctrl+Enter"), QT_TR_NOOP("Skriver det du skrivit i alla markerade celler")},
        {QT_TR_NOOP("Delete"), QT_TR_NOOP("Tömmer de markerade cellerna")},
        {QT_TR_NOOP("Ctrl+C"), QT_TR_NOOP("Kopierar markeringen med rubrikrad, värdena som de visas")},
        {QT_TR_NOOP("Ctrl+V"), QT_TR_NOOP("Klistrar in från markeringens övre vänstra cell; ett värde fyller hela "
                                          "markeringen; ett block upprepas över en markering som är en multipel av det")},
        {QT_TR_NOOP("Ctrl+D"), QT_TR_NOOP("Fyller nedåt med den översta markerade cellens värde")},
        {QT_TR_NOOP("Ctrl+A"), QT_TR_NOOP("Markerar hela tabellen")},
        {QT_TR_NOOP("Ctrl+Z / Ctrl+Y"), QT_TR_NOOP("Ångrar / gör om; en inklistring är ett steg")},
        {QT_TR_NOOP("Ctrl+S"), QT_TR_NOOP("Behövs inte: varje ändring sparas när du gör den (statusraden säger Sparat)")},
        {QT_TR_NOOP("Skift+F10 / högerklick"), QT_TR_NOOP("Snabbmeny: kopiera, klistra in, lås, kommentar, ändringslogg, diagram")},
        {QT_TR_NOOP("Piltangenterna i Urval"), QT_TR_NOOP("Byter nämnd, år och period; tabellerna följer med")},
        {QT_TR_NOOP("Ctrl+O / Ctrl+N"), QT_TR_NOOP("Öppnar / skapar en databas")},
        {QT_TR_NOOP("F1"), QT_TR_NOOP("Den här listan")},
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"5\">");
    for (const Key &key : table)
        html += QStringLiteral("<tr><td style=\"white-space:nowrap\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(tr(key.keys).toHtmlEscaped(), tr(key.what).toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

QString HelpMenu::guideHtml()
{
    return tr("<h2>Kom igång med Tertial</h2>"
              "<p><b>1. Välj vad du följer upp.</b> Till vänster, under <i>Urval</i>: kommun, nämnd, år och period "
              "(t.o.m. en månad, T1, T2, delår eller helår). Piltangenterna fungerar; tabellerna följer med. "
              "Tertial startar på den senaste perioden med utfall.</p>"
              "<p><b>2. För in siffror som i Excel.</b> Fliken <i>Ekonomi</i> visar utfall, periodens budget, "
              "budgetavvikelse, prognos och prognosavvikelse per verksamhet. Vita celler skrivs in, grå räknas "
              "fram. Skriv, klistra in från Excel (Ctrl+V) eller skriv en formel som =100+20. Enheten (kr, tkr, "
              "mnkr) väljs överst och står i tabellens rubrik; beloppen lagras alltid exakt.</p>"
              "<p><b>3. Allt sparas direkt.</b> Det finns inget att spara: varje ändring skrivs till databasen "
              "när du gör den, statusraden säger <i>Sparat</i>, och <i>Ändringslogg</i> visar vem som ändrade vad "
              "och när. Ctrl+Z ångrar.</p>"
              "<p><b>4. Prognos.</b> Välj prognosmetod per verksamhet i sista kolumnen (manuell, budget, linjär "
              "uppräkning, utfall + återstående budget, säsong, volymbaserad); håll muspekaren över prognosen "
              "för att se hur den räknats.</p>"
              "<p><b>5. Övriga flikar.</b> Volymer, Indikatorer, Åtgärdsplan, Investeringar och Statsbidrag "
              "redigeras på samma sätt. <i>Jämförelse</i> jämför kommuner med Koladas nyckeltal.</p>"
              "<p><b>6. Lås och rapport.</b> När nämnden har beslutat: <i>Period › Lås perioden</i>. "
              "Rapportutkastet (månadsrapport, tertialrapport, delårsrapport, årsredovisning) skapas under "
              "<i>Arkiv › Skapa rapportutkast</i>.</p>"
              "<p><b>7. Snabbmenyer.</b> Högerklicka i en tabell för att kopiera, klistra in, låsa, kommentera, "
              "se cellens ändringslogg eller rita raden i <i>Diagram</i>. Högerklicka på en kolumnrubrik för att "
              "välja kolumner. Alla kortkommandon: F1.</p>");
}

} // namespace Tertial::Gui
