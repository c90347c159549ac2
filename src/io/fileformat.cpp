// SPDX-License-Identifier: GPL-3.0-or-later
// The headers of every file kind, exactly as docs/formats.md lists them.
#include "fileformat.h"

namespace Tertial::Io {

const std::vector<FileFormat> &fileFormats()
{
    static const std::vector<FileFormat> formats = {
        {FileKind::Figures, "sifferfil", {"kommun", "nämnd", "verksamhet", "år", "månad", "mått", "belopp", "enhet"}, {"kontoslag"}},
        {FileKind::Kommuner, "kommunlista", {"kod", "namn", "typ", "län"}, {}},
        {FileKind::Namnder, "nämndlista", {"kommun", "nämnd", "namn"}, {}},
        {FileKind::Verksamheter, "verksamhetslista", {"kommun", "nämnd", "verksamhet", "ordning", "memo", "periodisering"}, {}},
        {FileKind::ForecastMethods, "prognosmetoder", {"kommun", "nämnd", "verksamhet", "år", "månad", "metod"}, {}},
        {FileKind::Volumes, "volymer", {"kommun", "nämnd", "verksamhet", "år", "månad", "insatstyp", "mått", "värde"}, {"månader"}},
        {FileKind::Indicators, "indikatorer",
         {"kommun", "nämnd", "indikator", "målområde", "namn", "enhet", "riktning", "målsort", "tolerans", "källa"}, {}},
        {FileKind::IndicatorValues, "indikatorvärden", {"kommun", "nämnd", "indikator", "år", "månad", "utfall", "målvärde"}, {}},
        {FileKind::Actions, "åtgärdsplan", {"kommun", "nämnd", "år", "månad", "mål", "åtgärd", "status", "kommentar"}, {}},
        {FileKind::Investments, "investeringar",
         {"kommun", "nämnd", "år", "månad", "projekt", "budget", "prognos", "budget_period", "utfall", "enhet"},
         {"inkomster", "utgifter", "prognos_ar1", "prognos_ar2", "prognos_ar3", "prognos_senare"}},
        {FileKind::StateGrants, "statsbidrag",
         {"kommun", "nämnd", "år", "månad", "namn", "bidrag", "erhållet", "kostnad", "inräknat_budget", "inräknat_prognos", "enhet"}, {}},
        {FileKind::Comments, "kommentarer", {"kommun", "nämnd", "verksamhet", "år", "månad", "text"}, {}},
        {FileKind::Personnel, "personal", {"kommun", "nämnd", "organisationsenhet", "år", "månad", "mått", "värde"}, {}},
        {FileKind::StatusOverrides, "statusöverstyrningar",
         {"kommun", "nämnd", "indikator", "år", "månad", "status", "orsak"}, {}},
    };
    return formats;
}

const FileFormat &fileFormat(FileKind kind)
{
    for (const FileFormat &format : fileFormats())
        if (format.kind == kind)
            return format;
    return fileFormats().front();
}

std::string headerText(const FileFormat &format)
{
    std::string text;
    for (const std::string &column : format.required)
        text += (text.empty() ? "" : ";") + column;
    for (const std::string &column : format.optional)
        text += "[;" + column + "]";
    return text;
}

} // namespace Tertial::Io
