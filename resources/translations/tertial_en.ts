<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>CommentPanel</name>
    <message>
        <source>Välj en verksamhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar till perioden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara kommentar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tertial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen databas öppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::CommentPanel</name>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en verksamhet i tabellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::EconomicView</name>
    <message>
        <source>Det inklistrade blocket har fler rader än tabellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det inklistrade blocket har fler kolumner än tabellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klistra in %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Töm celler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll nedåt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tertial::Gui::MainWindow</name>
    <message>
        <source>Ekonomi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volymer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikatorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärdsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investeringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statsbidrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändringslogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tkr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mnkr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa kostnader som positiva tal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse % av:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periodens budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Öppna databas …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny databas …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Senaste filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna &amp;demodatabasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopiera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klistra &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fyll nedåt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Töm celler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lås perioden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lås &amp;upp perioden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lås &amp;hela året …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lås upp hela &amp;året …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hela året %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perioden %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lås upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varför låses %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varför låses %1 upp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändringslogg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändringslogg: hela nämnden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgetavvikelse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognosavvikelse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Perioden är låst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden är öppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen databas öppen: Arkiv → Öppna databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Tertial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj nämnd, år och period till vänster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertial-databaser (*.tertial);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunde inte öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny databas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertial-databaser (*.tertial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunde inte skapa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demodatabasen finns inte (%1); bygg projektet eller sätt TERTIAL_DEMO_DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunde inte kopiera demodatabasen till %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tertial::Models::AuditLogModel</name>
    <message>
        <source>(tomt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>När</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Före</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tertial::Models::Document</name>
    <message>
        <source>Ändra kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra prognosmetod</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tertial::Models::EconomicTableModel</name>
    <message>
        <source>Budgetavvikelse = utfall netto − periodens budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse i procent av |periodens budget|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse i procent av |utfall netto|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognosavvikelse = prognos helår − budget helår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändring = utfall i år − utfall föregående år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förbrukat = utfall netto / budget helår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodens budget: inmatad, annars budget helår periodiserad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall intäkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall kostnader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall netto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodens budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgetavvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget helår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognosavvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Föregående år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förbrukat %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognosmetod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riktpunkt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förändring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: räknas fram och kan inte skrivas in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: perioden är låst; lås upp den innan du ändrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 (väntade ett belopp i %4, till exempel −1 234,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänd prognosmetod &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manuell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uppräkning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utfall + återstående budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>säsong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manuell: prognosen skrivs in, nu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (+/− noll): prognos = budget helår = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppräkning: prognos = utfall × 12 / %1 = %2 × 12 / %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall + återstående budget: prognos = %1 + (%2 − %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säsong: prognos = utfall %1 / förra årets andel av året t.o.m. månad %2 (utfall föregående år %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volym: prognos = utfall %1 + Σ personer snitt per dygn × kostnad snitt per dygn × återstående dagar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tertial::Models::NavigatorModel</name>
    <message>
        <source>Urval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T1 (jan–apr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2 (jan–aug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delår (31 augusti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. maj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. augusti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.o.m. december</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tertial::Models::RegisterTables</name>
    <message>
        <source>Verksamhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insatstyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mått</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målsort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målvärde %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inget mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uppnått</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delvis uppnått</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ej uppnått</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget helår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodens budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statsbidrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erhållet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kostnad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inräknat i budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inräknat i prognos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
