// SPDX-License-Identifier: GPL-3.0-or-later
// sv-SE text for charts: numbers as the reports print them, month names, wrapped category labels.
#pragma once

#include <QString>

namespace Tertial::Charts {

// "-147 191", "16,4": space thousands, hyphen-minus, decimal comma (core svformat).
QString numberText(double value, int decimals);
// The same with an explicit sign for changes: "+3 840", "-2 066", "0".
QString signedNumberText(double value, int decimals);
// "jan" … "dec" for 1..12, empty otherwise; translated (context "Tertial::Charts") when asked.
QString monthShortName(int month, bool translated = false);
// "januari" … "december".
QString monthLongName(int month, bool translated = false);
// Breaks a label at spaces so that no line is longer than `width` characters (a long word
// stays whole): "Personer med funktionsnedsättning" -> "Personer med\nfunktionsnedsättning".
QString wrapLabel(const QString &text, int width);

} // namespace Tertial::Charts
