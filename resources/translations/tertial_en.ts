<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>CommentPanel</name>
    <message>
        <source>Välj en verksamhet</source>
        <translation>Select an activity</translation>
    </message>
    <message>
        <source>Kommentar till perioden …</source>
        <translation>Comment for the period …</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Spara kommentar</source>
        <translation>Save comment</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Ingen databas öppen</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::ChartPanel</name>
    <message>
        <source>Vikta månaderna till 30,5 dygn</source>
        <translation>Weight the months to 30.5 days</translation>
    </message>
    <message>
        <source>Räknar om varje månad till 30,5 dygn så att korta och långa månader går att jämföra.</source>
        <translation>Rescales every month to 30.5 days so that short and long months can be compared.</translation>
    </message>
    <message>
        <source>Spara som PNG-bild …</source>
        <translation>Save as PNG image …</translation>
    </message>
    <message>
        <source>Spara som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Spara som SVG …</source>
        <translation>Save as SVG …</translation>
    </message>
    <message>
        <source>Kopiera diagrammet</source>
        <translation>Copy the chart</translation>
    </message>
    <message>
        <source>PNG-bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG-bild (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>Spara diagram</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Spara diagrammet som PNG, PDF eller SVG</source>
        <translation>Save the chart as PNG, PDF or SVG</translation>
    </message>
    <message>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Diagram:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>Håll muspekaren över en punkt för exakta värden, klicka på en förklaring för att dölja serien, rulla eller dra för att zooma och panorera tidsaxeln.</source>
        <translation>Hover over a point for exact values, click a legend entry to hide its series, scroll or drag to zoom and pan the time axis.</translation>
    </message>
    <message>
        <source>Budget, utfall och prognos</source>
        <translation>Budget, actuals and forecast</translation>
    </message>
    <message>
        <source>Ackumulerat utfall mot budget</source>
        <translation>Cumulative actuals against budget</translation>
    </message>
    <message>
        <source>Per tertial (T1, T2, T3)</source>
        <translation>Per four-month period (T1, T2, T3)</translation>
    </message>
    <message>
        <source>Prognosbrygga: varför prognosen ändrats</source>
        <translation>Forecast bridge: why the forecast changed</translation>
    </message>
    <message>
        <source>Prognossäkerhet</source>
        <translation>Forecast accuracy</translation>
    </message>
    <message>
        <source>Volymer per månad</source>
        <translation>Volumes per month</translation>
    </message>
    <message>
        <source>Indikatorns utveckling</source>
        <translation>Indicator history</translation>
    </message>
    <message>
        <source>Inget diagram att visa</source>
        <translation>No chart to show</translation>
    </message>
    <message numerus="yes">
        <source>%n rader är markerade; diagrammet visar den aktuella raden, %1. Välj &quot;Budget, utfall och prognos&quot; för att jämföra raderna.</source>
        <translation>
            <numerusform>%n row is selected; the chart shows the current row, %1. Choose &quot;Budget, actuals and forecast&quot; to compare the rows.</numerusform>
            <numerusform>%n rows are selected; the chart shows the current row, %1. Choose &quot;Budget, actuals and forecast&quot; to compare the rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>välj nämnd, år och period till vänster</source>
        <translation>choose committee, year and period on the left</translation>
    </message>
    <message>
        <source>Utfall helår</source>
        <translation>Actuals full year</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>%1 är databasen som är öppen: spara diagrammet i en annan fil.</source>
        <translation>%1 is the open database: save the chart to another file.</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::CommentPanel</name>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Välj en verksamhet i tabellen</source>
        <translation>Select an activity in the table</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::EconomicView</name>
    <message>
        <source>Det inklistrade blocket har fler rader än tabellen</source>
        <translation>The pasted block has more rows than the table</translation>
    </message>
    <message>
        <source>Det inklistrade blocket har fler kolumner än tabellen</source>
        <translation>The pasted block has more columns than the table</translation>
    </message>
    <message>
        <source>Klistra in %1 × %2</source>
        <translation>Paste %1 × %2</translation>
    </message>
    <message>
        <source>Töm celler</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <source>Fyll nedåt</source>
        <translation>Fill down</translation>
    </message>
    <message>
        <source>Klistra in i %1</source>
        <translation>Paste into %1</translation>
    </message>
    <message>
        <source>Fyll %1 celler med %2</source>
        <translation>Fill %1 cells with %2</translation>
    </message>
    <message>
        <source>Klistra in %1 × %2 upprepat till %3 × %4</source>
        <translation>Paste %1 × %2 repeated over %3 × %4</translation>
    </message>
    <message>
        <source>blocket har %1 rader men tabellen bara %2 från %3</source>
        <translation>the block has %1 rows but the table only %2 from %3</translation>
    </message>
    <message>
        <source>blocket har %1 kolumner men tabellen bara %2 från %3</source>
        <translation>the block has %1 columns but the table only %2 from %3</translation>
    </message>
    <message>
        <source>%1, %2: räknas fram och kan inte skrivas in (klistrat: %3)</source>
        <translation>%1, %2: computed, cannot be entered (pasted: %3)</translation>
    </message>
    <message>
        <source>formel %1</source>
        <translation>formula %1</translation>
    </message>
    <message>
        <source>formler: %1</source>
        <translation>formulas: %1</translation>
    </message>
    <message>
        <source>Ingenting klistrades in: %1</source>
        <translation>Nothing was pasted: %1</translation>
    </message>
    <message>
        <source>Ingenting klistrades in: %1 celler kan inte ta emot sina värden, till exempel %2</source>
        <translation>Nothing was pasted: %1 cells cannot take their values, for example %2</translation>
    </message>
    <message>
        <source>Kolumner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>%1 (dold: för smalt)</source>
        <translation>%1 (hidden: too narrow)</translation>
    </message>
    <message>
        <source>Anpassa efter bredden</source>
        <translation>Fit to the width</translation>
    </message>
    <message>
        <source>Visar så många kolumner som får plats; Förändring och Föregående år ger plats först</source>
        <translation>Shows as many columns as fit; Change and Previous year give way first</translation>
    </message>
    <message>
        <source>Behåll deras värde</source>
        <translation>Keep their value</translation>
    </message>
    <message>
        <source>Använd mitt värde</source>
        <translation>Use my value</translation>
    </message>
    <message>
        <source>Någon annan hann före</source>
        <translation>Someone else got there first</translation>
    </message>
    <message>
        <source>Någon annan ändrade samma celler medan du skrev, så din ändring sparades inte. Deras värden visas nu, markerade i tabellen.</source>
        <translation>Someone else changed the same cells while you were typing, so your change was not saved. Their values are shown now, marked in the table.</translation>
    </message>
    <message>
        <source>Behåll deras</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Använd mitt</source>
        <translation>Use mine</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::MainWindow</name>
    <message>
        <source>&amp;Beslutade versioner …</source>
        <translation>&amp;Decided versions …</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Verksamheter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Kontoslag</source>
        <translation>Account types</translation>
    </message>
    <message>
        <source>&amp;Importera från ekonomisystemet …</source>
        <translation>&amp;Import from the finance system …</translation>
    </message>
    <message>
        <source>Öppna en databas och välj en nämnd först.</source>
        <translation>Open a database and choose a committee first.</translation>
    </message>
    <message>
        <source>&amp;Exportera till Excel …</source>
        <translation>&amp;Export to Excel …</translation>
    </message>
    <message>
        <source>Fliken har ingen tabell att exportera.</source>
        <translation>The tab has no table to export.</translation>
    </message>
    <message>
        <source>Exportera till Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Ekonomi</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Volymer</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Indikatorer</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Åtgärdsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Investeringar</source>
        <translation>Investments</translation>
    </message>
    <message>
        <source>Statsbidrag</source>
        <translation>State grants</translation>
    </message>
    <message>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Ändringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Visning</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Enhet:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>tkr</source>
        <translation>kSEK</translation>
    </message>
    <message>
        <source>mnkr</source>
        <translation>MSEK</translation>
    </message>
    <message>
        <source>Visa kostnader som positiva tal</source>
        <translation>Show costs as positive numbers</translation>
    </message>
    <message>
        <source>Avvikelse % av:</source>
        <translation>Variance % of:</translation>
    </message>
    <message>
        <source>periodens budget</source>
        <translation>period budget</translation>
    </message>
    <message>
        <source>utfall</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>&amp;Öppna databas …</source>
        <translation>&amp;Open database …</translation>
    </message>
    <message>
        <source>&amp;Ny databas …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <source>&amp;Senaste filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Öppna &amp;demodatabasen</source>
        <translation>Open the &amp;demo database</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Kopiera</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Klistra &amp;in</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Fyll nedåt</source>
        <translation>&amp;Fill down</translation>
    </message>
    <message>
        <source>&amp;Töm celler</source>
        <translation>C&amp;lear cells</translation>
    </message>
    <message>
        <source>&amp;Lås perioden …</source>
        <translation>&amp;Lock the period …</translation>
    </message>
    <message>
        <source>Lås &amp;upp perioden …</source>
        <translation>&amp;Unlock the period …</translation>
    </message>
    <message>
        <source>Lås &amp;hela året …</source>
        <translation>Lock the &amp;whole year …</translation>
    </message>
    <message>
        <source>Lås upp hela &amp;året …</source>
        <translation>Unlock the whole &amp;year …</translation>
    </message>
    <message>
        <source>hela året %1</source>
        <translation>the whole year %1</translation>
    </message>
    <message>
        <source>perioden %1</source>
        <translation>the period %1</translation>
    </message>
    <message>
        <source>Lås</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Varför låses %1?</source>
        <translation>Why is %1 being locked?</translation>
    </message>
    <message>
        <source>Varför låses %1 upp?</source>
        <translation>Why is %1 being unlocked?</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ändringslogg: %1</source>
        <translation>Change log: %1</translation>
    </message>
    <message>
        <source>Ändringslogg: hela nämnden</source>
        <translation>Change log: whole committee</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Budgetavvikelse: %1</source>
        <translation>Budget variance: %1</translation>
    </message>
    <message>
        <source>Prognosavvikelse: %1</source>
        <translation>Forecast variance: %1</translation>
    </message>
    <message>
        <source>Perioden är öppen</source>
        <translation>The period is open</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Ingen databas öppen: Arkiv → Öppna databas</source>
        <translation>No database open: File → Open database</translation>
    </message>
    <message>
        <source>%1 – Tertial</source>
        <translation>%1 – Tertial</translation>
    </message>
    <message>
        <source>Välj nämnd, år och period till vänster</source>
        <translation>Choose committee, year and period on the left</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Tertial-databaser (*.tertial);;Alla filer (*)</source>
        <translation>Tertial databases (*.tertial);;All files (*)</translation>
    </message>
    <message>
        <source>Kunde inte öppna</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Tertial-databaser (*.tertial)</source>
        <translation>Tertial databases (*.tertial)</translation>
    </message>
    <message>
        <source>Kunde inte skapa</source>
        <translation>Could not create</translation>
    </message>
    <message>
        <source>Demodatabasen finns inte (%1); bygg projektet eller sätt TERTIAL_DEMO_DATABASE</source>
        <translation>The demo database does not exist (%1); build the project or set TERTIAL_DEMO_DATABASE</translation>
    </message>
    <message>
        <source>Kunde inte kopiera demodatabasen till %1</source>
        <translation>Could not copy the demo database to %1</translation>
    </message>
    <message>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Nyckeltal i Kolada</source>
        <translation>Key figures in Kolada</translation>
    </message>
    <message>
        <source>Skapa &amp;rapportutkast …</source>
        <translation>Create &amp;report draft …</translation>
    </message>
    <message>
        <source>Öppna en databas och välj en nämnd och period först.</source>
        <translation>Open a database and choose a committee and period first.</translation>
    </message>
    <message>
        <source>Allt är redan sparat: varje ändring skrivs till databasen när du gör den.</source>
        <translation>Everything is already saved: every change is written to the database as you make it.</translation>
    </message>
    <message>
        <source>&amp;Kolumner i Ekonomi</source>
        <translation>Economy &amp;columns</translation>
    </message>
    <message>
        <source>Skriv &amp;kommentar …</source>
        <translation>Write a &amp;comment …</translation>
    </message>
    <message>
        <source>Visa i Ändrings&amp;logg</source>
        <translation>Show in change &amp;log</translation>
    </message>
    <message>
        <source>Visa i &amp;diagram</source>
        <translation>Show in c&amp;hart</translation>
    </message>
    <message>
        <source>Perioden är låst</source>
        <translation>The period is locked</translation>
    </message>
    <message>
        <source>Databasen är öppnad bara för läsning: %1</source>
        <translation>The database is open for reading only: %1</translation>
    </message>
    <message>
        <source>%1 [bara läsning] – Tertial</source>
        <translation>%1 [read only] – Tertial</translation>
    </message>
    <message>
        <source>Kunde inte kopiera demodatabasen till %1: %2</source>
        <translation>Could not copy the demo database to %1: %2</translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>%1

Lösenord för %2:</source>
        <translation>%1

Password for %2:</translation>
    </message>
    <message>
        <source>Anslut till &amp;server …</source>
        <translation>Connect to &amp;server …</translation>
    </message>
    <message>
        <source>Kunde inte ansluta</source>
        <translation>Could not connect</translation>
    </message>
    <message>
        <source>Förbindelsen med servern bröts: %1</source>
        <translation>The connection to the server was lost: %1</translation>
    </message>
    <message>
        <source>Ansluten till servern igen</source>
        <translation>Connected to the server again</translation>
    </message>
    <message>
        <source>ingen Tertial-roll</source>
        <translation>no Tertial role</translation>
    </message>
    <message>
        <source>⚠ Servern svarar inte – försöker igen; %1 ändringar väntar</source>
        <translation>⚠ The server does not answer – trying again; %1 changes waiting</translation>
    </message>
    <message>
        <source>⚠ Servern svarar inte – försöker igen</source>
        <translation>⚠ The server does not answer – trying again</translation>
    </message>
    <message>
        <source>Server %1 · %2 · %3</source>
        <translation>Server %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::LedgerImportDialog</name>
    <message>
        <source>Importera från ekonomisystemet</source>
        <translation>Import from the finance system</translation>
    </message>
    <message>
        <source>En huvudboksexport: XLSX eller CSV (UTF-8 eller Windows-1252)</source>
        <translation>A general ledger export: XLSX or CSV (UTF-8 or Windows-1252)</translation>
    </message>
    <message>
        <source>Välj fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Blad:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Kolumner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Mappningar</source>
        <translation>Mappings</translation>
    </message>
    <message>
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Läs igen med mappningarna</source>
        <translation>Read again with the mappings</translation>
    </message>
    <message>
        <source>Importera</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Välj huvudboksexport</source>
        <translation>Choose general ledger export</translation>
    </message>
    <message>
        <source>Export (*.xlsx *.csv *.txt);;Alla filer (*)</source>
        <translation>Export (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Välj en nämnd i navigatorn först.</source>
        <translation>Choose a committee in the navigator first.</translation>
    </message>
    <message>
        <source>Nämnd %1 i kommun %2. Välj en fil.</source>
        <translation>Committee %1 in municipality %2. Choose a file.</translation>
    </message>
    <message>
        <source>Läser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>Läser … %L1 rader</source>
        <translation>Reading … %L1 rows</translation>
    </message>
    <message>
        <source>%L1 fel i filen: se Sammanfattning. Ingenting kan importeras.</source>
        <translation>%L1 errors in the file: see Summary. Nothing can be imported.</translation>
    </message>
    <message>
        <source>%L1 rader lästa. %L2 koder saknar mappning: fyll i dem under Mappningar och läs igen.</source>
        <translation>%L1 rows read. %L2 codes have no mapping: fill them in under Mappings and read again.</translation>
    </message>
    <message>
        <source>%L1 rader lästa, %L2 importeras. Granska och importera.</source>
        <translation>%L1 rows read, %L2 will be imported. Review and import.</translation>
    </message>
    <message>
        <source>(läses inte)</source>
        <translation>(not read)</translation>
    </message>
    <message>
        <source>belopp</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Summa, tkr</source>
        <translation>Sum, kSEK</translation>
    </message>
    <message>
        <source>Mappas till</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <source>konto</source>
        <translation>account</translation>
    </message>
    <message>
        <source>ansvar</source>
        <translation>responsibility</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kontoslag</source>
        <translation>Account type</translation>
    </message>
    <message>
        <source>Utfall t.o.m. %1-%2, tkr
i filen</source>
        <translation>Actuals to %1-%2, kSEK
in the file</translation>
    </message>
    <message>
        <source>Utfall
lagrat nu</source>
        <translation>Actuals
stored now</translation>
    </message>
    <message>
        <source>Budget helår %1
i filen</source>
        <translation>Full-year budget %1
in the file</translation>
    </message>
    <message>
        <source>Budget helår
lagrat nu</source>
        <translation>Full-year budget
stored now</translation>
    </message>
    <message>
        <source>Importerat: %1 nya, %2 ändrade, %3 borttagna, %4 oförändrade figurer.</source>
        <translation>Imported: %1 new, %2 changed, %3 removed, %4 unchanged figures.</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::LedgerImportCommand</name>
    <message>
        <source>Import från ekonomisystemet</source>
        <translation>Import from the finance system</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::KontoslagTableModel</name>
    <message>
        <source>Kontoslag</source>
        <translation>Account type</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Actuals</translation>
    </message>
    <message>
        <source>Periodens budget</source>
        <translation>Period budget</translation>
    </message>
    <message>
        <source>Budgetavvikelse</source>
        <translation>Budget variance</translation>
    </message>
    <message>
        <source>Budget helår</source>
        <translation>Full-year budget</translation>
    </message>
    <message>
        <source>Prognos helår</source>
        <translation>Full-year forecast</translation>
    </message>
    <message>
        <source>Prognosavvikelse</source>
        <translation>Forecast variance</translation>
    </message>
    <message>
        <source>Utfall fg år</source>
        <translation>Actuals previous year</translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::ReportDialog</name>
    <message>
        <source>&amp;Avbryt</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <source>Avbrutet: inget utkast skrevs.</source>
        <translation>Cancelled: no draft was written.</translation>
    </message>
    <message>
        <source>Skapa rapportutkast</source>
        <translation>Create report draft</translation>
    </message>
    <message>
        <source>&amp;Rapport:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Nämnd:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Rapport&amp;månad:</source>
        <translation>Reporting &amp;month:</translation>
    </message>
    <message>
        <source>tomt: en platshållare på försättsbladet</source>
        <translation>empty: a placeholder on the cover</translation>
    </message>
    <message>
        <source>&amp;Diarienummer:</source>
        <translation>Reference &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Bläddra …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>&amp;Spara som:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;Mallar:</source>
        <translation>&amp;Templates:</translation>
    </message>
    <message>
        <source>Välj mallfil …</source>
        <translation>Choose template file …</translation>
    </message>
    <message>
        <source>Ma&amp;ll:</source>
        <translation>Temp&amp;late:</translation>
    </message>
    <message>
        <source>Välj mallfil</source>
        <translation>Choose template file</translation>
    </message>
    <message>
        <source>Rapportmallar (*.json)</source>
        <translation>Report templates (*.json)</translation>
    </message>
    <message>
        <source>Kommunens mall</source>
        <translation>The kommun's template</translation>
    </message>
    <message>
        <source>Förhandsgranskningen visar utkastet med tabeller, diagram och platshållare.</source>
        <translation>The preview shows the draft with its tables, charts and placeholders.</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Skapa &amp;utkast</source>
        <translation>Create &amp;draft</translation>
    </message>
    <message>
        <source>Ö&amp;ppna utkastet</source>
        <translation>O&amp;pen the draft</translation>
    </message>
    <message>
        <source>Visa &amp;mappen</source>
        <translation>Show the &amp;folder</translation>
    </message>
    <message>
        <source>Spara rapportutkast</source>
        <translation>Save report draft</translation>
    </message>
    <message>
        <source>Rapportutkast (*.docx *.odt *.pdf *.html)</source>
        <translation>Report drafts (*.docx *.odt *.pdf *.html)</translation>
    </message>
    <message>
        <source>Mappen med mallar per kommun</source>
        <translation>The folder with templates per municipality</translation>
    </message>
    <message>
        <source>Mallen går inte att läsa: %1</source>
        <translation>The template cannot be read: %1</translation>
    </message>
    <message>
        <source>Mall: inbyggd standard</source>
        <translation>Template: built-in default</translation>
    </message>
    <message>
        <source>Mall: %1 (%2)</source>
        <translation>Template: %1 (%2)</translation>
    </message>
    <message>
        <source>Ange en fil att spara utkastet i.</source>
        <translation>Enter a file to save the draft in.</translation>
    </message>
    <message>
        <source>Filändelsen av %1 är okänd: välj .docx, .odt, .pdf eller .html.</source>
        <translation>The file extension of %1 is unknown: choose .docx, .odt, .pdf or .html.</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte: välj en annan plats för utkastet.</source>
        <translation>The folder %1 does not exist: choose another place for the draft.</translation>
    </message>
    <message>
        <source>Mappen %1 går inte att skriva i: välj en annan plats för utkastet.</source>
        <translation>The folder %1 cannot be written to: choose another place for the draft.</translation>
    </message>
    <message>
        <source>%1 är en mapp: ange ett filnamn.</source>
        <translation>%1 is a folder: enter a file name.</translation>
    </message>
    <message>
        <source>Läser siffrorna och bygger utkastet …</source>
        <translation>Reading the figures and building the draft …</translation>
    </message>
    <message>
        <source>Utkastet kan inte byggas: %1</source>
        <translation>The draft cannot be built: %1</translation>
    </message>
    <message>
        <source>Ritar diagram %1 av %2: %3</source>
        <translation>Drawing chart %1 of %2: %3</translation>
    </message>
    <message>
        <source>Förhandsgranskningen visar %1 för %2.</source>
        <translation>The preview shows %1 for %2.</translation>
    </message>
    <message>
        <source>Skriver %1 …</source>
        <translation>Writing %1 …</translation>
    </message>
    <message>
        <source>Utkastet kunde inte skrivas: %1</source>
        <translation>The draft could not be written: %1</translation>
    </message>
    <message>
        <source>Utkastet är sparat i %1</source>
        <translation>The draft is saved in %1</translation>
    </message>
    <message>
        <source>%1 är databasen som är öppen: ange en annan fil för utkastet.</source>
        <translation>%1 is the open database: choose another file for the draft.</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::RegisterView</name>
    <message>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Ta bort rad</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Sätt status för hand…</source>
        <translation>Set status by hand…</translation>
    </message>
    <message>
        <source>Använd beräknad status</source>
        <translation>Use computed status</translation>
    </message>
    <message>
        <source>välj en indikator först</source>
        <translation>select an indicator first</translation>
    </message>
    <message>
        <source>Sätt status för hand</source>
        <translation>Set status by hand</translation>
    </message>
    <message>
        <source>Varför gäller inte den beräknade statusen? (krävs)</source>
        <translation>Why does the computed status not apply? (required)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::AuditLogModel</name>
    <message>
        <source>Budget intäkter helår</source>
        <translation>Budget income, full year</translation>
    </message>
    <message>
        <source>Budget kostnader helår</source>
        <translation>Budget costs, full year</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Budget helår</source>
        <translation>Full-year budget</translation>
    </message>
    <message>
        <source>Periodens budget</source>
        <translation>Period budget</translation>
    </message>
    <message>
        <source>Utfall intäkter</source>
        <translation>Actual income</translation>
    </message>
    <message>
        <source>Utfall kostnader</source>
        <translation>Actual costs</translation>
    </message>
    <message>
        <source>Utfall netto</source>
        <translation>Actual net</translation>
    </message>
    <message>
        <source>Prognos</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::Document</name>
    <message>
        <source>Ändra kommentar</source>
        <translation>Change comment</translation>
    </message>
    <message>
        <source>Ändra prognosmetod</source>
        <translation>Change forecast method</translation>
    </message>
    <message>
        <source>okänd prognosmetod</source>
        <translation>unknown forecast method</translation>
    </message>
    <message>
        <source>belopp förs in på verksamheter utan underrader</source>
        <translation>amounts are entered on activities without sub-rows</translation>
    </message>
    <message>
        <source>perioden är låst; lås upp den innan du ändrar</source>
        <translation>the period is locked; unlock it before changing</translation>
    </message>
    <message>
        <source>skriv varför perioden låses</source>
        <translation>write why the period is being locked</translation>
    </message>
    <message>
        <source>skriv varför perioden låses upp</source>
        <translation>write why the period is being unlocked</translation>
    </message>
    <message>
        <source>indikatorn finns inte</source>
        <translation>the indicator does not exist</translation>
    </message>
    <message>
        <source>Ändra indikator</source>
        <translation>Change indicator</translation>
    </message>
    <message>
        <source>skriv varför statusen sätts för hand; utan skäl behålls den beräknade</source>
        <translation>write why the status is set by hand; without a reason the computed one stays</translation>
    </message>
    <message>
        <source>Sätt status för hand</source>
        <translation>Set status by hand</translation>
    </message>
    <message>
        <source>Använd beräknad status</source>
        <translation>Use computed status</translation>
    </message>
    <message>
        <source>konflikten finns inte längre</source>
        <translation>the conflict no longer exists</translation>
    </message>
    <message>
        <source>Använd mitt värde</source>
        <translation>Use my value</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::EconomicTableModel</name>
    <message>
        <source>Budgetavvikelse = utfall netto − periodens budget</source>
        <translation>Budget variance = net actual − period budget</translation>
    </message>
    <message>
        <source>Avvikelse i procent av |periodens budget|</source>
        <translation>Variance as a percentage of |period budget|</translation>
    </message>
    <message>
        <source>Avvikelse i procent av |utfall netto|</source>
        <translation>Variance as a percentage of |net actual|</translation>
    </message>
    <message>
        <source>Prognosavvikelse = prognos helår − budget helår</source>
        <translation>Forecast variance = full-year forecast − full-year budget</translation>
    </message>
    <message>
        <source>Förändring = utfall i år − utfall föregående år</source>
        <translation>Change = actual this year − actual last year</translation>
    </message>
    <message>
        <source>Förbrukat = utfall netto / budget helår</source>
        <translation>Used = net actual / full-year budget</translation>
    </message>
    <message>
        <source>Periodens budget: inmatad, annars budget helår periodiserad</source>
        <translation>Period budget: as entered, else the full-year budget periodised</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Utfall intäkter</source>
        <translation>Actual income</translation>
    </message>
    <message>
        <source>Utfall kostnader</source>
        <translation>Actual costs</translation>
    </message>
    <message>
        <source>Utfall netto</source>
        <translation>Net actual</translation>
    </message>
    <message>
        <source>Periodens budget</source>
        <translation>Period budget</translation>
    </message>
    <message>
        <source>Avvikelse %</source>
        <translation>Variance %</translation>
    </message>
    <message>
        <source>Budget helår</source>
        <translation>Full-year budget</translation>
    </message>
    <message>
        <source>Prognos</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Föregående år</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Förbrukat %</source>
        <translation>Used %</translation>
    </message>
    <message>
        <source>Riktpunkt %1</source>
        <translation>Benchmark %1</translation>
    </message>
    <message>
        <source>Förändring %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>%1, %2: räknas fram och kan inte skrivas in</source>
        <translation>%1, %2: computed, cannot be typed</translation>
    </message>
    <message>
        <source>%1, %2: perioden är låst; lås upp den innan du ändrar</source>
        <translation>%1, %2: the period is locked; unlock it before changing</translation>
    </message>
    <message>
        <source>%1, %2: %3 (väntade ett belopp i %4, till exempel −1 234,5)</source>
        <translation>%1, %2: %3 (expected an amount in %4, for example −1 234,5)</translation>
    </message>
    <message>
        <source>Okänd prognosmetod "%1"</source>
        <translation>Unknown forecast method "%1"</translation>
    </message>
    <message>
        <source>Ändra %1, %2</source>
        <translation>Change %1, %2</translation>
    </message>
    <message>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>utfall + återstående budget</source>
        <translation>actual + remaining budget</translation>
    </message>
    <message>
        <source>säsong</source>
        <translation>seasonal</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>budget (+/− noll)</source>
        <translation>budget (+/− zero)</translation>
    </message>
    <message>
        <source>linjär uppräkning</source>
        <translation>linear run-rate</translation>
    </message>
    <message>
        <source>volymbaserad</source>
        <translation>volume-based</translation>
    </message>
    <message>
        <source>%1: prognosen skrivs in (%2)</source>
        <translation>%1: the forecast is typed in (%2)</translation>
    </message>
    <message>
        <source>%1: kan inte räknas fram: %2</source>
        <translation>%1: cannot be computed: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Prognos­metod</source>
        <translation>Forecast method</translation>
    </message>
    <message>
        <source>Budget­avvikelse</source>
        <translation>Budget­variance</translation>
    </message>
    <message>
        <source>Prognos­avvikelse</source>
        <translation>Forecast­variance</translation>
    </message>
    <message>
        <source>Verksamhet, %1</source>
        <translation>Activity, %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 (en formel räknar i %4, till exempel =100+20 eller =(1 200,5−200)×3)</source>
        <translation>%1, %2: %3 (a formula counts in %4, for example =100+20 or =(1 200,5−200)×3)</translation>
    </message>
    <message>
        <source>formel %1</source>
        <translation>formula %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Verksamhet; beloppen i %1</source>
        <translation>Activity; amounts in %1</translation>
    </message>
    <message>
        <source>Utfall intäkter, ackumulerat t.o.m. periodens slut</source>
        <translation>Actual income, accumulated to the end of the period</translation>
    </message>
    <message>
        <source>Utfall kostnader, ackumulerat t.o.m. periodens slut</source>
        <translation>Actual costs, accumulated to the end of the period</translation>
    </message>
    <message>
        <source>Utfall netto = intäkter + kostnader (inmatat där ingen uppdelning finns)</source>
        <translation>Actual net = income + costs (entered where there is no split)</translation>
    </message>
    <message>
        <source>Budget för hela året</source>
        <translation>Budget for the whole year</translation>
    </message>
    <message>
        <source>Prognos för helåret, gjord i perioden; räknas fram av prognosmetoden om den inte är manuell</source>
        <translation>Full-year forecast made in the period; computed by the forecast method unless it is manual</translation>
    </message>
    <message>
        <source>Utfall netto föregående år, samma period</source>
        <translation>Actual net of the previous year, same period</translation>
    </message>
    <message>
        <source>Prognosmetod: hur prognosen för helåret tas fram</source>
        <translation>Forecast method: how the full-year forecast is made</translation>
    </message>
    <message>
        <source>hela året %1</source>
        <translation>the whole year %1</translation>
    </message>
    <message>
        <source>%1, %2: perioden %3 är låst (%4, %5: ”%6”); lås upp den under Period innan du ändrar</source>
        <translation>%1, %2: the period %3 is locked (%4, %5: “%6”); unlock it under Period before you change it</translation>
    </message>
    <message>
        <source>Väntar på servern: sparas när anslutningen är tillbaka</source>
        <translation>Waiting for the server: saved when the connection is back</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>någon annan</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Ändrad av %1 %2 medan du skrev.
Deras värde: %3 (visas)
Ditt värde: %4
Högerklicka för att behålla deras eller använda ditt.</source>
        <translation>Changed by %1 %2 while you were typing.
Their value: %3 (shown)
Your value: %4
Right-click to keep theirs or use yours.</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::NavigatorModel</name>
    <message>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>T1 (jan–apr)</source>
        <translation>T1 (Jan–Apr)</translation>
    </message>
    <message>
        <source>T2 (jan–aug)</source>
        <translation>T2 (Jan–Aug)</translation>
    </message>
    <message>
        <source>Delår (31 augusti)</source>
        <translation>Interim (31 August)</translation>
    </message>
    <message>
        <source>Helår</source>
        <translation>Full year</translation>
    </message>
    <message>
        <source>t.o.m. januari</source>
        <translation>to end of January</translation>
    </message>
    <message>
        <source>t.o.m. februari</source>
        <translation>to end of February</translation>
    </message>
    <message>
        <source>t.o.m. mars</source>
        <translation>to end of March</translation>
    </message>
    <message>
        <source>t.o.m. april</source>
        <translation>to end of April</translation>
    </message>
    <message>
        <source>t.o.m. maj</source>
        <translation>to end of May</translation>
    </message>
    <message>
        <source>t.o.m. juni</source>
        <translation>to end of June</translation>
    </message>
    <message>
        <source>t.o.m. juli</source>
        <translation>to end of July</translation>
    </message>
    <message>
        <source>t.o.m. augusti</source>
        <translation>to end of August</translation>
    </message>
    <message>
        <source>t.o.m. september</source>
        <translation>to end of September</translation>
    </message>
    <message>
        <source>t.o.m. oktober</source>
        <translation>to end of October</translation>
    </message>
    <message>
        <source>t.o.m. november</source>
        <translation>to end of November</translation>
    </message>
    <message>
        <source>t.o.m. december</source>
        <translation>to end of December</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::RegisterTables</name>
    <message>
        <source>Organisationsenhet</source>
        <translation>Organisational unit</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Hela nämnden</source>
        <translation>The whole committee</translation>
    </message>
    <message>
        <source>Tom: hela nämnden</source>
        <translation>Empty: the whole committee</translation>
    </message>
    <message>
        <source>helår</source>
        <translation>full year</translation>
    </message>
    <message>
        <source>1–12, eller tomt för hela årets värde</source>
        <translation>1–12, or empty for the whole year's value</translation>
    </message>
    <message>
        <source>År: &quot;%1&quot; (väntade ett år 2000–2100)</source>
        <translation>Year: &quot;%1&quot; (expected a year 2000–2100)</translation>
    </message>
    <message>
        <source>Månad: &quot;%1&quot; (väntade 1–12, eller tomt för hela året)</source>
        <translation>Month: &quot;%1&quot; (expected 1–12, or empty for the whole year)</translation>
    </message>
    <message>
        <source>Mått: &quot;%1&quot; (väntade %2)</source>
        <translation>Measure: &quot;%1&quot; (expected %2)</translation>
    </message>
    <message>
        <source>Värde: ange ett tal (ta bort raden om värdet inte finns)</source>
        <translation>Value: enter a number (delete the row if there is no value)</translation>
    </message>
    <message>
        <source>Ändra personaluppgift</source>
        <translation>Change staff figure</translation>
    </message>
    <message>
        <source>Lägg till personaluppgift</source>
        <translation>Add staff figure</translation>
    </message>
    <message>
        <source>Ta bort personaluppgift</source>
        <translation>Delete staff figure</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Insatstyp</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Mått</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Målområde</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Målsort</source>
        <translation>Target kind</translation>
    </message>
    <message>
        <source>Målvärde %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Utfall %1</source>
        <translation>Actual %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>inget mål</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>fel</source>
        <translation>error</translation>
    </message>
    <message>
        <source>uppnått</source>
        <translation>met</translation>
    </message>
    <message>
        <source>delvis uppnått</source>
        <translation>partly met</translation>
    </message>
    <message>
        <source>ej uppnått</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Budget helår</source>
        <translation>Full-year budget</translation>
    </message>
    <message>
        <source>Prognos</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Periodens budget</source>
        <translation>Period budget</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Statsbidrag</source>
        <translation>State grants</translation>
    </message>
    <message>
        <source>Bidrag</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Erhållet</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kostnad</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Inräknat i budget</source>
        <translation>Included in budget</translation>
    </message>
    <message>
        <source>Inräknat i prognos</source>
        <translation>Included in forecast</translation>
    </message>
    <message>
        <source>Avser %1 månader t.o.m. denna</source>
        <translation>Covers %1 months up to this one</translation>
    </message>
    <message>
        <source>personer snitt per dygn</source>
        <translation>average persons per day</translation>
    </message>
    <message>
        <source>dygn / dagar i månaden</source>
        <translation>days of care / days in the month</translation>
    </message>
    <message>
        <source>Tolerans</source>
        <translation>Tolerance</translation>
    </message>
    <message>
        <source>Delvis uppnått-gränsen: en andel av målet (0,8 = 80 %), för nivå ± i indikatorns enhet; tomt = nämndens standard</source>
        <translation>The partly-met limit: a share of the target (0,8 = 80 %), for a level ± in the indicator's unit; empty = the committee default</translation>
    </message>
    <message>
        <source>minst, högst, nivå, öka eller minska</source>
        <translation>minst (at least), högst (at most), nivå (level), öka (increase) or minska (decrease)</translation>
    </message>
    <message>
        <source>%1: målsort "%2" (väntade minst, högst, nivå, öka eller minska)</source>
        <translation>%1: target kind "%2" (expected minst, högst, nivå, öka or minska)</translation>
    </message>
    <message>
        <source>%1: tolerans: %2 (väntade ett tal, till exempel 0,8)</source>
        <translation>%1: tolerance: %2 (expected a number, for example 0,8)</translation>
    </message>
    <message>
        <source>%1: %2 (väntade ett belopp i %3, till exempel −1 234)</source>
        <translation>%1: %2 (expected an amount in %3, for example −1 234)</translation>
    </message>
    <message>
        <source>%1: %2 (väntade ett tal, till exempel 1 234 eller 12,5)</source>
        <translation>%1: %2 (expected a number, for example 1 234 or 12,5)</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>%1 kan inte vara tomt</source>
        <translation>%1 cannot be empty</translation>
    </message>
    <message>
        <source>Åtgärden</source>
        <translation>The action</translation>
    </message>
    <message>
        <source>status "%1" (väntade %2)</source>
        <translation>status "%1" (expected %2)</translation>
    </message>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Ny åtgärd %1</source>
        <translation>New action %1</translation>
    </message>
    <message>
        <source>åtgärd</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Projektet</source>
        <translation>The project</translation>
    </message>
    <message>
        <source>Nytt projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Nytt projekt %1</source>
        <translation>New project %1</translation>
    </message>
    <message>
        <source>investering</source>
        <translation>investment</translation>
    </message>
    <message>
        <source>Statsbidraget</source>
        <translation>The state grant</translation>
    </message>
    <message>
        <source>Bidrag: ett statsbidrag behöver ett belopp (0 om det inte är känt)</source>
        <translation>Grant: a state grant needs an amount (0 if it is not known)</translation>
    </message>
    <message>
        <source>Nytt statsbidrag</source>
        <translation>New state grant</translation>
    </message>
    <message>
        <source>Nytt statsbidrag %1</source>
        <translation>New state grant %1</translation>
    </message>
    <message>
        <source>statsbidrag</source>
        <translation>state grant</translation>
    </message>
    <message>
        <source>personer, dygn, timmar, kunder eller placeringar</source>
        <translation>personer (persons), dygn (days of care), timmar (hours), kunder (customers) or placeringar (placements)</translation>
    </message>
    <message>
        <source>alla insatstyper</source>
        <translation>all service types</translation>
    </message>
    <message>
        <source>kostnad per dygn</source>
        <translation>cost per day of care</translation>
    </message>
    <message>
        <source>utfall kostnader t.o.m. perioden / dygn t.o.m. perioden</source>
        <translation>actual costs to the end of the period / days of care to the end of the period</translation>
    </message>
    <message>
        <source>%1 kr / %2 dygn t.o.m. %3</source>
        <translation>%1 SEK / %2 days of care to the end of %3</translation>
    </message>
    <message>
        <source>härledda värden räknas fram och kan inte skrivas över</source>
        <translation>derived values are computed and cannot be typed over</translation>
    </message>
    <message>
        <source>%1: insatstyp och mått kan inte vara tomma</source>
        <translation>%1: service type and measure cannot be empty</translation>
    </message>
    <message>
        <source>%1: mått "%2" (väntade personer, dygn, timmar, kunder eller placeringar)</source>
        <translation>%1: measure "%2" (expected personer, dygn, timmar, kunder or placeringar)</translation>
    </message>
    <message>
        <source>Byt namn på volymserie</source>
        <translation>Rename volume series</translation>
    </message>
    <message>
        <source>Ändra volym</source>
        <translation>Change volume</translation>
    </message>
    <message>
        <source>nämnden har inga verksamheter att föra volymer på</source>
        <translation>the committee has no activities to record volumes on</translation>
    </message>
    <message>
        <source>Ny insatstyp</source>
        <translation>New service type</translation>
    </message>
    <message>
        <source>Ny insatstyp %1</source>
        <translation>New service type %1</translation>
    </message>
    <message>
        <source>Lägg till volymserie</source>
        <translation>Add volume series</translation>
    </message>
    <message>
        <source>härledda rader försvinner med sin volymserie</source>
        <translation>derived rows go with their volume series</translation>
    </message>
    <message>
        <source>Ta bort volymserie</source>
        <translation>Remove volume series</translation>
    </message>
    <message>
        <source>(satt för hand)</source>
        <translation>(set by hand)</translation>
    </message>
    <message>
        <source>Satt för hand av %1 %2: %3
Beräknad status: %4</source>
        <translation>Set by hand by %1 %2: %3
Computed status: %4</translation>
    </message>
    <message>
        <source>fel: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Värdet för månad %1</source>
        <translation>The value for month %1</translation>
    </message>
    <message>
        <source>%1: tolerans</source>
        <translation>%1: tolerance</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::ComparisonView</name>
    <message>
        <source>Egna grupper …</source>
        <translation>Own groups …</translation>
    </message>
    <message>
        <source>Hämta från Kolada</source>
        <translation>Fetch from Kolada</translation>
    </message>
    <message>
        <source>KPI-id, t.ex. N33006,U33401</source>
        <translation>KPI ids, e.g. N33006,U33401</translation>
    </message>
    <message>
        <source>år, t.ex. 2019,2020</source>
        <translation>years, e.g. 2019,2020</translation>
    </message>
    <message>
        <source>Hämta nyckeltal:</source>
        <translation>Fetch key figures:</translation>
    </message>
    <message>
        <source>Lägre är bättre</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Högre är bättre</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Avgör rang och kvartilfärg. Förvalt per nyckeltal; ändra om nyckeltalet är okänt.</source>
        <translation>Decides rank and quartile colour. Preset per key figure; change it if the key figure is unknown.</translation>
    </message>
    <message>
        <source>Staplar för rangåret</source>
        <translation>Bars for the rank year</translation>
    </message>
    <message>
        <source>Linjer över åren</source>
        <translation>Lines over the years</translation>
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Rang för</source>
        <translation>Rank for</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kommuner i tabellen</source>
        <translation>Municipalities in the table</translation>
    </message>
    <message>
        <source>Jämförelsegrupper</source>
        <translation>Comparison groups</translation>
    </message>
    <message>
        <source>Skapa och ändra egna grupper, t.ex. Liknande kommuner IFO</source>
        <translation>Create and change your own groups, e.g. Similar municipalities IFO</translation>
    </message>
    <message>
        <source>Hämtar från Kolada …</source>
        <translation>Fetching from Kolada …</translation>
    </message>
    <message>
        <source>Ingenting sparades: </source>
        <translation>Nothing was saved: </translation>
    </message>
    <message>
        <source>Hämtade %1 värden (%2 saknade) den %3. Källa: Kolada</source>
        <translation>Fetched %1 values (%2 missing) on %3. Source: Kolada</translation>
    </message>
    <message>
        <source>"%1" är inget årtal; skriv t.ex. 2019,2020</source>
        <translation>"%1" is not a year; write e.g. 2019,2020</translation>
    </message>
    <message>
        <source>Skriv minst ett KPI-id och ett år.</source>
        <translation>Enter at least one KPI id and one year.</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Riket (publicerat)</source>
        <translation>Sweden (published)</translation>
    </message>
    <message>
        <source>Länets kommuner, ovägt medel</source>
        <translation>The county's municipalities, unweighted mean</translation>
    </message>
    <message>
        <source>Alla kommuner, ovägt medel</source>
        <translation>All municipalities, unweighted mean</translation>
    </message>
    <message>
        <source>Grupp från Kolada (%1)</source>
        <translation>Group from Kolada (%1)</translation>
    </message>
    <message>
        <source>%1 (egen grupp)</source>
        <translation>%1 (own group)</translation>
    </message>
    <message>
        <source>Kolada</source>
        <translation>Kolada</translation>
    </message>
    <message>
        <source>Tertials beräkning: %1 av %2 kommuner har värde %3</source>
        <translation>Tertial's calculation: %1 of %2 municipalities have a value in %3</translation>
    </message>
    <message>
        <source>Riket</source>
        <translation>Sweden</translation>
    </message>
    <message>
        <source>län %1</source>
        <translation>county %1</translation>
    </message>
    <message>
        <source>Kommunerna i %1, ovägt medel</source>
        <translation>Municipalities in %1, unweighted mean</translation>
    </message>
    <message>
        <source>%1 (egen grupp), ovägt medel</source>
        <translation>%1 (own group), unweighted mean</translation>
    </message>
    <message>
        <source>Kommun / grupp</source>
        <translation>Municipality / group</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rang %1</source>
        <translation>Rank %1</translation>
    </message>
    <message>
        <source>av</source>
        <translation>of</translation>
    </message>
    <message>
        <source>Kvartil</source>
        <translation>Quartile</translation>
    </message>
    <message>
        <source>1 = bästa 25 procent (grön), 2–3 = mittersta 50 procent (gul), 4 = sämsta 25 procent (röd), bland alla kommuner med värde</source>
        <translation>1 = best 25 percent (green), 2–3 = middle 50 percent (yellow), 4 = worst 25 percent (red), among all municipalities with a value</translation>
    </message>
    <message>
        <source>%1 %2: rang %3 av %4, kvartil %5. </source>
        <translation>%1 %2: rank %3 of %4, quartile %5. </translation>
    </message>
    <message>
        <source>Källa: Kolada (hämtad %1) för värden märkta Kolada. Ovägda medel, rang och kvartil är Tertials beräkning.</source>
        <translation>Source: Kolada (fetched %1) for values marked Kolada. Unweighted means, rank and quartile are Tertial's calculation.</translation>
    </message>
    <message>
        <source>Fler nyckeltal</source>
        <translation>More key figures</translation>
    </message>
    <message>
        <source>Sök nyckeltal på namn, id eller område</source>
        <translation>Search key figures by name, id or area</translation>
    </message>
    <message>
        <source>Skriv en del av nyckeltalets namn, id eller område och välj i listan</source>
        <translation>Type part of the key figure's name, id or area and pick from the list</translation>
    </message>
    <message>
        <source>Visa fler nyckeltal bredvid, med värdet för rangåret</source>
        <translation>Show more key figures alongside, with their value for the ranking year</translation>
    </message>
    <message>
        <source>Fler nyckeltal (%1)</source>
        <translation>More key figures (%1)</translation>
    </message>
    <message>
        <source>Område: %1.</source>
        <translation>Area: %1.</translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation>Definition: %1</translation>
    </message>
    <message>
        <source>Kräver värden för hela landet: hämta nyckeltalet för alla kommuner från Kolada.</source>
        <translation>Needs values for the whole country: fetch the key figure for all municipalities from Kolada.</translation>
    </message>
    <message>
        <source>%1 (%2 av %3 kommuner)</source>
        <translation>%1 (%2 of %3 municipalities)</translation>
    </message>
    <message>
        <source>Kolada: %1</source>
        <translation>Kolada: %1</translation>
    </message>
    <message>
        <source>Antal kommuner med data i databasen, inte landets alla: rangen gäller bara dem</source>
        <translation>Number of municipalities with data in the database, not all in the country: the rank applies to them only</translation>
    </message>
    <message>
        <source>Kvartil bland de %1 kommuner som har data i databasen, inte bland landets kommuner</source>
        <translation>Quartile among the %1 municipalities with data in the database, not among the country's municipalities</translation>
    </message>
    <message>
        <source>%1 %2: rang %3 bland %4 kommuner med data, kvartil %5 bland dem. </source>
        <translation>%1 %2: rank %3 among %4 municipalities with data, quartile %5 among them. </translation>
    </message>
    <message>
        <source>landets %1</source>
        <translation>the country's %1</translation>
    </message>
    <message>
        <source>landets alla</source>
        <translation>all in the country</translation>
    </message>
    <message>
        <source>Rang och kvartil %1 gäller bara de %2 kommuner som har data i databasen, inte %3. &lt;a href=&quot;fetch&quot;&gt;Hämta nyckeltalet för alla kommuner från Kolada&lt;/a&gt; för en jämförelse med hela landet.</source>
        <translation>Rank and quartile %1 apply only to the %2 municipalities with data in the database, not %3. &lt;a href=&quot;fetch&quot;&gt;Fetch the key figure for all municipalities from Kolada&lt;/a&gt; for a comparison with the whole country.</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::RelatedKpiPanel</name>
    <message>
        <source>Nyckeltal</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>av</source>
        <translation>of</translation>
    </message>
    <message>
        <source>Kvartil</source>
        <translation>Quartile</translation>
    </message>
    <message>
        <source>1 = bästa 25 procent (grön), 4 = sämsta 25 procent (röd)</source>
        <translation>1 = best 25 percent (green), 4 = worst 25 percent (red)</translation>
    </message>
    <message>
        <source>Välj en verksamhet i Ekonomi för att se dess nyckeltal i Kolada.</source>
        <translation>Select an activity in Finance to see its key figures in Kolada.</translation>
    </message>
    <message>
        <source>Inga nyckeltal kopplade till %1.</source>
        <translation>No key figures linked to %1.</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Inget värde för kommunen; hämta nyckeltalet i fliken Jämförelse.</source>
        <translation>No value for the municipality; fetch the key figure in the Comparison tab.</translation>
    </message>
    <message>
        <source>Kolada</source>
        <translation>Kolada</translation>
    </message>
    <message>
        <source>Nyckeltal för %1, %2 (dubbelklicka för jämförelsen)</source>
        <translation>Key figures for %1, %2 (double-click for the comparison)</translation>
    </message>
    <message>
        <source>Inga värden i databasen: hämta dem i fliken Jämförelse.</source>
        <translation>No values in the database: fetch them in the Comparison tab.</translation>
    </message>
    <message>
        <source>Källa: Kolada (hämtad %1) för värdena. Rang och kvartil bland alla kommuner med värde är Tertials beräkning.</source>
        <translation>Source: Kolada (fetched %1) for the values. Rank and quartile among all municipalities with a value are Tertial's calculation.</translation>
    </message>
    <message>
        <source>Rang bland %1 kommuner med data, inte hela landet</source>
        <translation>Rank among %1 municipalities with data, not the whole country</translation>
    </message>
    <message>
        <source>Källa: Kolada (hämtad %1) för värdena. Rang och kvartil är Tertials beräkning bland de kommuner som har data i databasen (&quot;av&quot;), inte hela landet: hämta nyckeltalen för alla kommuner i fliken Jämförelse.</source>
        <translation>Source: Kolada (fetched %1) for the values. Rank and quartile are Tertial's calculation among the municipalities with data in the database (&quot;of&quot;), not the whole country: fetch the key figures for all municipalities in the Comparison tab.</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::UserGroupEditor</name>
    <message>
        <source>Byt namn …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Egna jämförelsegrupper</source>
        <translation>Own comparison groups</translation>
    </message>
    <message>
        <source>Ny grupp …</source>
        <translation>New group …</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Sök kommun</source>
        <translation>Search municipality</translation>
    </message>
    <message>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Medlemmar (bocka i kommunerna)</source>
        <translation>Members (tick the municipalities)</translation>
    </message>
    <message>
        <source>Gruppens ovägda medel räknar Tertial ut över de medlemmar som har ett värde i Kolada. Varje ändring sparas direkt och kan ångras.</source>
        <translation>Tertial computes the group's unweighted mean over the members that have a value in Kolada. Every change is saved at once and can be undone.</translation>
    </message>
    <message>
        <source>Ny jämförelsegrupp</source>
        <translation>New comparison group</translation>
    </message>
    <message>
        <source>Namn, t.ex. Liknande kommuner IFO:</source>
        <translation>Name, e.g. Similar municipalities IFO:</translation>
    </message>
    <message>
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Nytt namn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Bocka i gruppens kommuner till höger.</source>
        <translation>Tick the group's municipalities on the right.</translation>
    </message>
    <message>
        <source>Gruppen togs bort (Ångra tar tillbaka den).</source>
        <translation>The group was deleted (Undo brings it back).</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::UserGroupEdits</name>
    <message>
        <source>Skapa jämförelsegruppen %1</source>
        <translation>Create the comparison group %1</translation>
    </message>
    <message>
        <source>Byt namn på jämförelsegruppen %1 till %2</source>
        <translation>Rename the comparison group %1 to %2</translation>
    </message>
    <message>
        <source>Ändra medlemmarna i %1</source>
        <translation>Change the members of %1</translation>
    </message>
    <message>
        <source>Ta bort jämförelsegruppen %1</source>
        <translation>Delete the comparison group %1</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::PasteProblemsDialog</name>
    <message>
        <source>Inklistringen gjordes inte</source>
        <translation>The paste was not made</translation>
    </message>
    <message>
        <source>Ingenting klistrades in: en cell kan inte ta emot sitt värde. Den är markerad i tabellen; rätta den och klistra in igen.</source>
        <translation>Nothing was pasted: one cell cannot take its value. It is selected in the table; correct it and paste again.</translation>
    </message>
    <message>
        <source>Ingenting klistrades in: %1 celler kan inte ta emot sina värden. De är markerade i tabellen; rätta dem och klistra in igen.</source>
        <translation>Nothing was pasted: %1 cells cannot take their values. They are selected in the table; correct them and paste again.</translation>
    </message>
    <message>
        <source>Kopiera listan</source>
        <translation>Copy the list</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::AmountText</name>
    <message>
        <source>kr</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>tkr</source>
        <translation>kSEK</translation>
    </message>
    <message>
        <source>mnkr</source>
        <translation>MSEK</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::AuditPanel</name>
    <message>
        <source>Hela nämnden</source>
        <translation>Whole committee</translation>
    </message>
    <message>
        <source>Visar ändringarna i hela nämnden i stället för den markerade raden</source>
        <translation>Shows the changes in the whole committee instead of the selected row</translation>
    </message>
    <message>
        <source>Ändringslogg: hela nämnden</source>
        <translation>Change log: whole committee</translation>
    </message>
    <message>
        <source>Ändringslogg: %1</source>
        <translation>Change log: %1</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::EditActions</name>
    <message>
        <source>&amp;Kopiera</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Kopierar markeringen med rubrikrad, värdena som de visas</source>
        <translation>Copies the selection with a header row, the values as shown</translation>
    </message>
    <message>
        <source>Klistra &amp;in</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Klistrar in från markeringens övre vänstra cell; ett värde fyller hela markeringen</source>
        <translation>Pastes from the selection's top-left cell; one value fills the whole selection</translation>
    </message>
    <message>
        <source>&amp;Fyll nedåt</source>
        <translation>Fill &amp;down</translation>
    </message>
    <message>
        <source>&amp;Töm celler</source>
        <translation>C&amp;lear cells</translation>
    </message>
    <message>
        <source>&amp;Markera allt</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Allt sparas redan när det görs</source>
        <translation>Everything is already saved as it is made</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::HelpMenu</name>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Kom &amp;igång med Tertial</source>
        <translation>&amp;Getting started with Tertial</translation>
    </message>
    <message>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Kom igång med Tertial</source>
        <translation>Getting started with Tertial</translation>
    </message>
    <message>
        <source>Skriv en siffra</source>
        <translation>Type a digit</translation>
    </message>
    <message>
        <source>Börjar skriva i cellen (det som stod där ersätts)</source>
        <translation>Starts typing in the cell (what was there is replaced)</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Redigerar cellen med värdet kvar</source>
        <translation>Edits the cell keeping its value</translation>
    </message>
    <message>
        <source>Enter / Skift+Enter</source>
        <translation>Enter / Shift+Enter</translation>
    </message>
    <message>
        <source>Sparar och går ned / upp</source>
        <translation>Saves and moves down / up</translation>
    </message>
    <message>
        <source>Tabb / Skift+Tabb</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Sparar och går höger / vänster</source>
        <translation>Saves and moves right / left</translation>
    </message>
    <message>
        <source>Piltangenterna</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <source>Flyttar mellan cellerna; i en redigerad cell sparar upp och ned först</source>
        <translation>Move between cells; in a cell being edited, up and down save first</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Avbryter redigeringen, cellen behåller sitt värde</source>
        <translation>Cancels the edit; the cell keeps its value</translation>
    </message>
    <message>
        <source>=100+20</source>
        <translation>=100+20</translation>
    </message>
    <message>
        <source>En formel räknas ut när du trycker Enter: + − × ÷ (eller * /), parenteser och decimalkomma; formeln sparas i ändringsloggen</source>
        <translation>A formula is calculated when you press Enter: + − × ÷ (or * /), parentheses and a decimal comma; the formula is kept in the change log</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tömmer de markerade cellerna</source>
        <translation>Clears the selected cells</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Kopierar markeringen med rubrikrad, värdena som de visas</source>
        <translation>Copies the selection with a header row, the values as shown</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Klistrar in från markeringens övre vänstra cell; ett värde fyller hela markeringen; ett block upprepas över en markering som är en multipel av det</source>
        <translation>Pastes from the selection's top-left cell; one value fills the whole selection; a block repeats over a selection that is a multiple of it</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Fyller nedåt med den översta markerade cellens värde</source>
        <translation>Fills down with the value of the top selected cell</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Markerar hela tabellen</source>
        <translation>Selects the whole table</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Y</source>
        <translation>Ctrl+Z / Ctrl+Y</translation>
    </message>
    <message>
        <source>Ångrar / gör om; en inklistring är ett steg</source>
        <translation>Undo / redo; a paste is one step</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Behövs inte: varje ändring sparas när du gör den (statusraden säger Sparat)</source>
        <translation>Not needed: every change is saved as you make it (the status bar says Saved)</translation>
    </message>
    <message>
        <source>Skift+F10 / högerklick</source>
        <translation>Shift+F10 / right click</translation>
    </message>
    <message>
        <source>Snabbmeny: kopiera, klistra in, lås, kommentar, ändringslogg, diagram</source>
        <translation>Context menu: copy, paste, lock, comment, change log, chart</translation>
    </message>
    <message>
        <source>Piltangenterna i Urval</source>
        <translation>Arrow keys in Selection</translation>
    </message>
    <message>
        <source>Byter nämnd, år och period; tabellerna följer med</source>
        <translation>Change committee, year and period; the tables follow</translation>
    </message>
    <message>
        <source>Ctrl+O / Ctrl+N</source>
        <translation>Ctrl+O / Ctrl+N</translation>
    </message>
    <message>
        <source>Öppnar / skapar en databas</source>
        <translation>Opens / creates a database</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Den här listan</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kom igång med Tertial&lt;/h2&gt;&lt;p&gt;&lt;b&gt;1. Välj vad du följer upp.&lt;/b&gt; Till vänster, under &lt;i&gt;Urval&lt;/i&gt;: kommun, nämnd, år och period (t.o.m. en månad, T1, T2, delår eller helår). Piltangenterna fungerar; tabellerna följer med. Tertial startar på den senaste perioden med utfall.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. För in siffror som i Excel.&lt;/b&gt; Fliken &lt;i&gt;Ekonomi&lt;/i&gt; visar utfall, periodens budget, budgetavvikelse, prognos och prognosavvikelse per verksamhet. Vita celler skrivs in, grå räknas fram. Skriv, klistra in från Excel (Ctrl+V) eller skriv en formel som =100+20. Enheten (kr, tkr, mnkr) väljs överst och står i tabellens rubrik; beloppen lagras alltid exakt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Allt sparas direkt.&lt;/b&gt; Det finns inget att spara: varje ändring skrivs till databasen när du gör den, statusraden säger &lt;i&gt;Sparat&lt;/i&gt;, och &lt;i&gt;Ändringslogg&lt;/i&gt; visar vem som ändrade vad och när. Ctrl+Z ångrar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Prognos.&lt;/b&gt; Välj prognosmetod per verksamhet i sista kolumnen (manuell, budget, linjär uppräkning, utfall + återstående budget, säsong, volymbaserad); håll muspekaren över prognosen för att se hur den räknats.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Övriga flikar.&lt;/b&gt; Volymer, Indikatorer, Åtgärdsplan, Investeringar och Statsbidrag redigeras på samma sätt. &lt;i&gt;Jämförelse&lt;/i&gt; jämför kommuner med Koladas nyckeltal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;6. Lås och rapport.&lt;/b&gt; När nämnden har beslutat: &lt;i&gt;Period › Lås perioden&lt;/i&gt;. Rapportutkastet (månadsrapport, tertialrapport, delårsrapport, årsredovisning) skapas under &lt;i&gt;Arkiv › Skapa rapportutkast&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;7. Snabbmenyer.&lt;/b&gt; Högerklicka i en tabell för att kopiera, klistra in, låsa, kommentera, se cellens ändringslogg eller rita raden i &lt;i&gt;Diagram&lt;/i&gt;. Högerklicka på en kolumnrubrik för att välja kolumner. Alla kortkommandon: F1.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Getting started with Tertial&lt;/h2&gt;&lt;p&gt;&lt;b&gt;1. Choose what you follow up.&lt;/b&gt; On the left, under &lt;i&gt;Selection&lt;/i&gt;: municipality, committee, year and period (to the end of a month, T1, T2, interim or full year). The arrow keys work; the tables follow. Tertial starts on the latest period with actuals.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Enter figures as in Excel.&lt;/b&gt; The &lt;i&gt;Economy&lt;/i&gt; tab shows actuals, the period's budget, budget deviation, forecast and forecast deviation per activity. White cells are entered, grey ones are computed. Type, paste from Excel (Ctrl+V) or type a formula such as =100+20. The unit (SEK, kSEK, MSEK) is chosen at the top and shown in the table's header; amounts are always stored exactly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Everything is saved at once.&lt;/b&gt; There is nothing to save: every change is written to the database as you make it, the status bar says &lt;i&gt;Saved&lt;/i&gt;, and the &lt;i&gt;Change log&lt;/i&gt; shows who changed what and when. Ctrl+Z undoes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Forecast.&lt;/b&gt; Choose the forecast method per activity in the last column (manual, budget, run rate, actuals + remaining budget, seasonal, volume-based); hover over the forecast to see how it was computed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. The other tabs.&lt;/b&gt; Volumes, Indicators, Action plan, Investments and State grants are edited the same way. &lt;i&gt;Comparison&lt;/i&gt; compares municipalities with Kolada's key figures.&lt;/p&gt;&lt;p&gt;&lt;b&gt;6. Locks and reports.&lt;/b&gt; When the committee has decided: &lt;i&gt;Period › Lock the period&lt;/i&gt;. The report draft (monthly, tertial, interim report, annual report) is made under &lt;i&gt;File › Create report draft&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;7. Context menus.&lt;/b&gt; Right-click in a table to copy, paste, lock, comment, see the cell's change log or draw the row in &lt;i&gt;Chart&lt;/i&gt;. Right-click a column header to choose columns. All shortcuts: F1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Skriver det du skrivit i alla markerade celler</source>
        <translation>Writes what you typed into every selected cell</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::SavedIndicator</name>
    <message>
        <source>Ändringar sparas direkt</source>
        <translation>Changes are saved at once</translation>
    </message>
    <message>
        <source>Varje ändring skrivs till databasen när du gör den; det finns inget att spara.</source>
        <translation>Every change is written to the database as you make it; there is nothing to save.</translation>
    </message>
    <message>
        <source>✓ Sparat %1</source>
        <translation>✓ Saved %1</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::LockReasonDialog</name>
    <message>
        <source>Orsaken står i Ändringsloggen. Skriv till exempel vilket beslut eller vilken rättelse det gäller.</source>
        <translation>The reason is shown in the Change log. Write, for example, which decision or correction it concerns.</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::NewNamndDialog</name>
    <message>
        <source>Ny nämnd</source>
        <translation>New committee</translation>
    </message>
    <message>
        <source>t.ex. SN</source>
        <translation>e.g. SN</translation>
    </message>
    <message>
        <source>t.ex. Socialnämnden</source>
        <translation>e.g. Socialnämnden</translation>
    </message>
    <message>
        <source>&amp;Kommun eller region:</source>
        <translation>&amp;Municipality or region:</translation>
    </message>
    <message>
        <source>Nämndens &amp;kod:</source>
        <translation>Committee &amp;code:</translation>
    </message>
    <message>
        <source>Nämndens &amp;namn:</source>
        <translation>Committee &amp;name:</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::NewVerksamhetDialog</name>
    <message>
        <source>Ny verksamhet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>t.ex. Familjehemsvård</source>
        <translation>e.g. Familjehemsvård</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Före %1</source>
        <translation>&amp;Before %1</translation>
    </message>
    <message>
        <source>&amp;Efter %1</source>
        <translation>&amp;After %1</translation>
    </message>
    <message>
        <source>&amp;Under %1 (sist)</source>
        <translation>&amp;Under %1 (last)</translation>
    </message>
    <message>
        <source>Ö&amp;verst i trädet (sist)</source>
        <translation>At the &amp;top of the tree (last)</translation>
    </message>
    <message>
        <source>Plats:</source>
        <translation>Place:</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::NewYearDialog</name>
    <message>
        <source>Nytt år</source>
        <translation>New year</translation>
    </message>
    <message>
        <source>Verksamhetsträdet och varje verksamhets periodisering hör till nämnden och gäller alla år: det nya året har dem redan.</source>
        <translation>The activity tree and each activity's periodisation belong to the committee and hold for every year: the new year has them already.</translation>
    </message>
    <message>
        <source>&amp;Nämnd:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Kopiera prognosmetoderna från %1</source>
        <translation>&amp;Copy the forecast methods from %1</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::StructureActions</name>
    <message>
        <source>Ny &amp;nämnd …</source>
        <translation>New &amp;committee …</translation>
    </message>
    <message>
        <source>Ny &amp;verksamhet …</source>
        <translation>New &amp;activity …</translation>
    </message>
    <message>
        <source>Nytt &amp;år …</source>
        <translation>New &amp;year …</translation>
    </message>
    <message>
        <source>Kunde inte ändra</source>
        <translation>Could not change</translation>
    </message>
    <message>
        <source>Öppna eller skapa en databas först (Arkiv).</source>
        <translation>Open or create a database first (File).</translation>
    </message>
    <message>
        <source>Välj en nämnd, ett år och en period till vänster först.</source>
        <translation>Choose a committee, a year and a period on the left first.</translation>
    </message>
    <message>
        <source>Databasen har ingen nämnd än: Redigera › Ny nämnd.</source>
        <translation>The database has no committee yet: Edit › New committee.</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::StructureEdits</name>
    <message>
        <source>Ny nämnd %1</source>
        <translation>New committee %1</translation>
    </message>
    <message>
        <source>Ny verksamhet %1</source>
        <translation>New activity %1</translation>
    </message>
    <message>
        <source>Nytt år %1</source>
        <translation>New year %1</translation>
    </message>
    <message>
        <source>välj en nämnd och ett år först</source>
        <translation>choose a committee and a year first</translation>
    </message>
    <message>
        <source>välj den verksamhet den nya ska stå vid</source>
        <translation>choose the activity the new one is to stand by</translation>
    </message>
</context>
<context>
    <name>Tertial::Charts</name>
    <message>
        <source>Procent per månad, </source>
        <translation>Per cent per month, </translation>
    </message>
    <message>
        <source>Procent</source>
        <translation>Per cent</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>tkr</source>
        <translation>kSEK</translation>
    </message>
    <message>
        <source>mnkr</source>
        <translation>MSEK</translation>
    </message>
    <message>
        <source>: prognossäkerhet </source>
        <translation>: forecast accuracy </translation>
    </message>
    <message>
        <source>, prognos minus utfall helår (</source>
        <translation>, forecast minus full-year actual (</translation>
    </message>
    <message>
        <source>Hur långt varje prognos för helåret låg från årets slutliga utfall, efter månaden då prognosen gjordes.
Nettokostnad: över noll = prognosen var för hög (för försiktig), under noll = för låg (för optimistisk). Medelfel = felet i snitt, i procent av årets utfall.</source>
        <translation>How far each full-year forecast was from the year's final actual, by the month the forecast was made.
Net cost: above zero = the forecast was too high (too cautious), below zero = too low (too optimistic). Mean error = the average error, in percent of the year's actual.</translation>
    </message>
    <message>
        <source> (medelfel </source>
        <translation> (mean error </translation>
    </message>
    <message>
        <source>, prognos i </source>
        <translation>, forecast in </translation>
    </message>
    <message>
        <source> mot utfall </source>
        <translation> against actual </translation>
    </message>
    <message>
        <source>, fel </source>
        <translation>, error </translation>
    </message>
    <message>
        <source>Månad då prognosen gjordes, </source>
        <translation>Month the forecast was made, </translation>
    </message>
    <message>
        <source>Prognosfel, nettokostnad (</source>
        <translation>Forecast error, net cost (</translation>
    </message>
    <message>
        <source>Prognos </source>
        <translation>Forecast </translation>
    </message>
    <message>
        <source>ökat</source>
        <translation>increased</translation>
    </message>
    <message>
        <source>minskat</source>
        <translation>decreased</translation>
    </message>
    <message>
        <source>: prognosbrygga </source>
        <translation>: forecast bridge </translation>
    </message>
    <message>
        <source>, prognos helår </source>
        <translation>, full-year forecast </translation>
    </message>
    <message>
        <source>Prognosen för nettokostnaden har </source>
        <translation>The net cost forecast has </translation>
    </message>
    <message>
        <source> med </source>
        <translation> by </translation>
    </message>
    <message>
        <source> sedan </source>
        <translation> since </translation>
    </message>
    <message>
        <source>. Stapel uppåt: verksamhetens prognos blev dyrare (försämring),
stapel nedåt: billigare (förbättring). Värdeaxeln börjar inte på noll.</source>
        <translation>. Bar up: the activity's forecast became more expensive (worse),
bar down: cheaper (better). The value axis does not start at zero.</translation>
    </message>
    <message>
        <source>Prognos helår, totalt</source>
        <translation>Full-year forecast, total</translation>
    </message>
    <message>
        <source>Dyrare prognos (försämring)</source>
        <translation>More expensive forecast (worse)</translation>
    </message>
    <message>
        <source>Billigare prognos (förbättring)</source>
        <translation>Cheaper forecast (better)</translation>
    </message>
    <message>
        <source>Prognos nettokostnad (</source>
        <translation>Forecast net cost (</translation>
    </message>
    <message>
        <source>: budget, utfall och prognos per verksamhet </source>
        <translation>: budget, actual and forecast per activity </translation>
    </message>
    <message>
        <source>Nettokostnad i </source>
        <translation>Net cost in </translation>
    </message>
    <message>
        <source>. Periodens budget och utfall t.o.m. </source>
        <translation>. Budget and actual for the period up to </translation>
    </message>
    <message>
        <source>, budget och prognos för helåret.
Siffrorna vid staplarna är avvikelsen mot budget: + = överskott (bättre än budget), - = underskott.</source>
        <translation>, budget and forecast for the full year.
The figures beside the bars are the deviation from budget: + = surplus (better than budget), - = deficit.</translation>
    </message>
    <message>
        <source>, budget och prognos för helåret.
Siffrorna över staplarna är avvikelsen mot budget: + = överskott (bättre än budget), - = underskott.</source>
        <translation>, budget and forecast for the full year.
The figures above the bars are the deviation from budget: + = surplus (better than budget), - = deficit.</translation>
    </message>
    <message>
        <source>Periodens budget t.o.m. </source>
        <translation>Period budget up to </translation>
    </message>
    <message>
        <source>Utfall t.o.m. </source>
        <translation>Actual up to </translation>
    </message>
    <message>
        <source>Budget helår</source>
        <translation>Full-year budget</translation>
    </message>
    <message>
        <source>Prognos helår</source>
        <translation>Full-year forecast</translation>
    </message>
    <message>
        <source>Nettokostnad (</source>
        <translation>Net cost (</translation>
    </message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>: ackumulerat utfall mot budget </source>
        <translation>: cumulative actual against budget </translation>
    </message>
    <message>
        <source> från januari t.o.m. varje månad. Prognoslinjen går från utfallet i </source>
        <translation> from January up to each month. The forecast line runs from the actual in </translation>
    </message>
    <message>
        <source> till prognosen för helåret.</source>
        <translation> to the full-year forecast.</translation>
    </message>
    <message>
        <source>
Det ljusa fältet visar spannet mellan prognosmetoderna (</source>
        <translation>
The light band shows the spread between the forecast methods (</translation>
    </message>
    <message>
        <source>Prognosmetoder, lägsta</source>
        <translation>Forecast methods, lowest</translation>
    </message>
    <message>
        <source>Spann mellan prognosmetoder</source>
        <translation>Spread between forecast methods</translation>
    </message>
    <message>
        <source>Budget, ackumulerad (periodiserad)</source>
        <translation>Budget, cumulative (periodised)</translation>
    </message>
    <message>
        <source>Prognos till december</source>
        <translation>Forecast to December</translation>
    </message>
    <message>
        <source>Utfall, ackumulerat</source>
        <translation>Actual, cumulative</translation>
    </message>
    <message>
        <source>Nettokostnad, ackumulerad (</source>
        <translation>Net cost, cumulative (</translation>
    </message>
    <message>
        <source>Uppnått ●</source>
        <translation>Met ●</translation>
    </message>
    <message>
        <source>Delvis uppnått ◆</source>
        <translation>Partly met ◆</translation>
    </message>
    <message>
        <source>Ej uppnått ■</source>
        <translation>Not met ■</translation>
    </message>
    <message>
        <source>Högre är bättre: målet är nått vid minst målvärdet.</source>
        <translation>Higher is better: the target is met at the target value or above.</translation>
    </message>
    <message>
        <source>Lägre är bättre: målet är nått vid högst målvärdet.</source>
        <translation>Lower is better: the target is met at the target value or below.</translation>
    </message>
    <message>
        <source>Målet är en nivå: nått inom toleransen kring målvärdet.</source>
        <translation>The target is a level: met within the tolerance around the target value.</translation>
    </message>
    <message>
        <source>Målet är att öka jämfört med året före.</source>
        <translation>The target is an increase on the year before.</translation>
    </message>
    <message>
        <source>Målet är att minska jämfört med året före.</source>
        <translation>The target is a decrease on the year before.</translation>
    </message>
    <message>
        <source>Indikatorns utfall per år mot målvärdet. </source>
        <translation>The indicator's actual per year against the target value. </translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Målvärde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Utfall utan målvärde</source>
        <translation>Actual without a target value</translation>
    </message>
    <message>
        <source>mål </source>
        <translation>target </translation>
    </message>
    <message>
        <source>
Utfall saknas för </source>
        <translation>
No actual for </translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Utfall (</source>
        <translation>Actual (</translation>
    </message>
    <message>
        <source>: nettokostnad och budget per tertial </source>
        <translation>: net cost and budget per four-month period </translation>
    </message>
    <message>
        <source>Varje tertial för sig (fyra månader). Siffrorna över staplarna är avvikelsen mot budget: + = överskott, - = underskott.</source>
        <translation>Each four-month period on its own. The figures above the bars are the deviation from budget: + = surplus, - = deficit.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Nettokostnad (utfall)</source>
        <translation>Net cost (actual)</translation>
    </message>
    <message>
        <source>T1
jan–apr</source>
        <translation>T1
Jan–Apr</translation>
    </message>
    <message>
        <source>T2
maj–aug</source>
        <translation>T2
May–Aug</translation>
    </message>
    <message>
        <source>T3
sep–dec</source>
        <translation>T3
Sep–Dec</translation>
    </message>
    <message>
        <source>Antal </source>
        <translation>Number of </translation>
    </message>
    <message>
        <source> per månad, </source>
        <translation> per month, </translation>
    </message>
    <message>
        <source> Varje månad är viktad till 30,5 dygn så att månaderna går att jämföra.</source>
        <translation> Each month is weighted to 30.5 days so that months can be compared.</translation>
    </message>
    <message>
        <source>
Streckad linje: glidande medelvärde över </source>
        <translation>
Dashed line: moving average over </translation>
    </message>
    <message>
        <source> månader (visas där alla </source>
        <translation> months (shown where all </translation>
    </message>
    <message>
        <source> månader har värden).</source>
        <translation> months have values).</translation>
    </message>
    <message>
        <source>
Inget glidande medelvärde: det kräver </source>
        <translation>
No moving average: it needs </translation>
    </message>
    <message>
        <source> månader i följd med värden, och här saknas månader.</source>
        <translation> consecutive months with values, and months are missing here.</translation>
    </message>
    <message>
        <source>: volymer per insatstyp och månad (</source>
        <translation>: volumes per service type and month (</translation>
    </message>
    <message>
        <source>, glidande medel </source>
        <translation>, moving average </translation>
    </message>
    <message>
        <source> mån</source>
        <translation> mo</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::AboutDialog</name>
    <message>
        <source>Om Tertial</source>
        <translation>About Tertial</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Uppföljning av nämndernas ekonomi: budget, utfall, prognos och volymer per kommun, nämnd, verksamhet och period.</source>
        <translation>Financial follow-up of municipal committees: budget, outcome, forecast and volumes per municipality, committee, activity and period.</translation>
    </message>
    <message>
        <source>Licens: GNU General Public License version 3 eller senare (GPL-3.0-or-later). Tertial är fri programvara: du får använda, ändra och sprida den vidare enligt licensen. Programmet levereras UTAN GARANTI. Licenstexten: &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.</source>
        <translation>Licence: GNU General Public License version 3 or later (GPL-3.0-or-later). Tertial is free software: you may use, change and redistribute it under the licence. It comes WITHOUT ANY WARRANTY. The licence text: &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Byggt med Qt %1 och QCustomPlot.</source>
        <translation>Built with Qt %1 and QCustomPlot.</translation>
    </message>
    <message>
        <source>Om &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Om Tertial …</source>
        <translation>&amp;About Tertial …</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>[flaggor]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Användning: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Flaggor:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Argument:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Visa den här hjälpen.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Visa versionen och licensen.</source>
        <translation>Show the version and the licence.</translation>
    </message>
    <message>
        <source>Spara fönstret som PNG och avsluta.</source>
        <translation>Save the window as PNG and quit.</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Databasen att öppna.</source>
        <translation>The database to open.</translation>
    </message>
    <message>
        <source>Flik: Ekonomi, Volymer, Indikatorer, Åtgärdsplan, Investeringar, Statsbidrag, Jämförelse.</source>
        <translation>Tab: Ekonomi, Volymer, Indikatorer, Åtgärdsplan, Investeringar, Statsbidrag, Jämförelse (or economy, volumes, indicators, actions, investments, grants, comparison).</translation>
    </message>
    <message>
        <source>NAMN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Kommunkod, t.ex. 0182.</source>
        <translation>Municipality code, e.g. 0182.</translation>
    </message>
    <message>
        <source>Nämndens kod, t.ex. SOCN.</source>
        <translation>The committee's code, e.g. SOCN.</translation>
    </message>
    <message>
        <source>År.</source>
        <translation>Year.</translation>
    </message>
    <message>
        <source>Månad 1–12 eller T1, T2, delår, helår.</source>
        <translation>Month 1–12 or T1, T2, delår, helår.</translation>
    </message>
    <message>
        <source>Språk: sv eller en.</source>
        <translation>Language: sv or en.</translation>
    </message>
    <message>
        <source>Databasen att öppna, som med --db (så öppnar skrivbordet en .tertial-fil).</source>
        <translation>The database to open, as with --db (how the desktop opens a .tertial file).</translation>
    </message>
    <message>
        <source>Tertial: arbetsbänken för uppföljning av nämndernas ekonomi.</source>
        <translation>Tertial: the workbench for the financial follow-up of municipal committees.</translation>
    </message>
    <message>
        <source>Budget, utfall, prognos och volymer per kommun, nämnd, verksamhet och period, med avvikelser, prognoser och indikatorstatus beräknade på kronan; diagram, rapportutkast och jämförelser med Kolada. Utan FIL och --db öppnas den senast använda databasen, med --screenshot demodatabasen.</source>
        <translation>Budget, outcome, forecast and volumes per municipality, committee, activity and period, with deviations, forecasts and indicator status computed to the krona; charts, report drafts and comparisons with Kolada. Without FILE and --db the database used last is opened, with --screenshot the demo database.</translation>
    </message>
    <message>
        <source>Fönstrets storlek för --screenshot, t.ex. 1366x768 (standard 1600x1000).</source>
        <translation>The window size for --screenshot, e.g. 1366x768 (default 1600x1000).</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::ServerConnectDialog</name>
    <message>
        <source>Anslut till server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Kommunens gemensamma Tertial-databas på en PostgreSQL-server, som en anslutnings-URI. Lösenordet hämtas från PGPASSWORD, ~/.pgpass eller en tjänstefil; finns det inte där frågar Tertial efter det.</source>
        <translation>The municipality's shared Tertial database on a PostgreSQL server, as a connection URI. The password is taken from PGPASSWORD, ~/.pgpass or a service file; if it is not there, Tertial asks for it.</translation>
    </message>
    <message>
        <source>Exempel: &lt;code&gt;postgresql://anna@db.kommun.se/tertial?sslmode=verify-full&lt;/code&gt;, &lt;code&gt;postgresql:///tertial?host=/var/run/postgresql&lt;/code&gt;, &lt;code&gt;postgresql:///?service=tertial&lt;/code&gt;</source>
        <translation>Examples: &lt;code&gt;postgresql://anna@db.kommun.se/tertial?sslmode=verify-full&lt;/code&gt;, &lt;code&gt;postgresql:///tertial?host=/var/run/postgresql&lt;/code&gt;, &lt;code&gt;postgresql:///?service=tertial&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Anslut</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Ange en URI som börjar med postgresql://</source>
        <translation>Enter a URI that starts with postgresql://</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::DecisionsDialog</name>
    <message>
        <source>Månadsrapport</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Tertialrapport</source>
        <translation>Four-month report</translation>
    </message>
    <message>
        <source>Delårsrapport</source>
        <translation>Interim report</translation>
    </message>
    <message>
        <source>Årsredovisning</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Spara &amp;beslut för perioden</source>
        <translation>Save &amp;decision for the period</translation>
    </message>
    <message>
        <source>Nytt beslut:</source>
        <translation>New decision:</translation>
    </message>
    <message>
        <source>Nämnden har inga beslutade versioner ännu.</source>
        <translation>The committee has no decided versions yet.</translation>
    </message>
    <message>
        <source>Beslut %1 sparat; perioden är låst.</source>
        <translation>Decision %1 saved; the period is locked.</translation>
    </message>
    <message>
        <source>Beslutade versioner</source>
        <translation>Decided versions</translation>
    </message>
    <message>
        <source>Nämndens beslutade rapporter. Varje version har kvar underlaget den byggdes på och dokumentet som beslutades; inget av dem kan ändras.</source>
        <translation>The committee's decided reports. Each version keeps the data it was built from and the document that was decided; neither can be changed.</translation>
    </message>
    <message>
        <source>&amp;Öppna dokument</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <source>&amp;Spara dokument som …</source>
        <translation>&amp;Save document as …</translation>
    </message>
    <message>
        <source>&amp;Rendera igen och jämför</source>
        <translation>&amp;Render again and compare</translation>
    </message>
    <message>
        <source>Ä&amp;ndringar sedan beslut</source>
        <translation>Cha&amp;nges since the decision</translation>
    </message>
    <message>
        <source>Välj en version och ”Ändringar sedan beslut” för att se vilka värden som har ändrats sedan nämnden beslutade.</source>
        <translation>Choose a version and “Changes since the decision” to see which values have changed since the committee decided.</translation>
    </message>
    <message>
        <source>Spara det beslutade dokumentet</source>
        <translation>Save the decided document</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Ingen beslutad version är vald.</source>
        <translation>No decided version is selected.</translation>
    </message>
    <message>
        <source>Beslutet %1 finns inte längre.</source>
        <translation>The decision %1 no longer exists.</translation>
    </message>
    <message>
        <source>Kunde inte skriva %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Det beslutade dokumentet %1 är sparat som %2.</source>
        <translation>The decided document %1 is saved as %2.</translation>
    </message>
    <message>
        <source>Dokumentet är sparat som %1, men inget program för Word-dokument kunde öppna det.</source>
        <translation>The document is saved as %1, but no program for Word documents could open it.</translation>
    </message>
    <message>
        <source>Öppnade det beslutade dokumentet (%1).</source>
        <translation>Opened the decided document (%1).</translation>
    </message>
    <message>
        <source>Underlaget till %1 renderat på nytt: byte för byte samma dokument som det beslutade.</source>
        <translation>The data of %1 rendered again: byte for byte the same document as the decided one.</translation>
    </message>
    <message>
        <source>Underlaget till %1 renderat på nytt ger ett annat dokument än det beslutade (andra typsnitt eller en annan version av Tertial?).</source>
        <translation>The data of %1 rendered again gives a different document from the decided one (other fonts or another version of Tertial?).</translation>
    </message>
    <message>
        <source>Verksamhet eller rad</source>
        <translation>Activity or row</translation>
    </message>
    <message>
        <source>Mått</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Beslutat</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Ändrat av</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Ändringar sedan beslut %1 (%2): 1 värde</source>
        <translation>Changes since decision %1 (%2): 1 value</translation>
    </message>
    <message>
        <source>Ändringar sedan beslut %1 (%2): %3 värden</source>
        <translation>Changes since decision %1 (%2): %3 values</translation>
    </message>
</context>
<context>
    <name>Tertial::Models::DecisionListModel</name>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Årsredovisning %1</source>
        <translation>Annual report %1</translation>
    </message>
    <message>
        <source>Månadsrapport %1 %2</source>
        <translation>Monthly report %1 %2</translation>
    </message>
    <message>
        <source>Tertialrapport %1 %2</source>
        <translation>Four-month report %1 %2</translation>
    </message>
    <message>
        <source>Delårsrapport %1 %2</source>
        <translation>Interim report %1 %2</translation>
    </message>
    <message>
        <source>SHA-256 av underlaget: %1
SHA-256 av dokumentet: %2</source>
        <translation>SHA-256 of the data: %1
SHA-256 of the document: %2</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Beslutsdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Mall</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Underlag (SHA-256)</source>
        <translation>Data (SHA-256)</translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::Workspace</name>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Verksamheter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Kontoslag</source>
        <translation>Account types</translation>
    </message>
</context>
</TS>