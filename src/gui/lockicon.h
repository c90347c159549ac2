// SPDX-License-Identifier: GPL-3.0-or-later
// A padlock drawn with QPainter (the 🔒 character is missing from the usual fonts and showed as
// an empty box), closed for a locked period, open for an open one.
#pragma once

#include <QIcon>

namespace Tertial::Gui {

QIcon lockIcon(bool locked);

} // namespace Tertial::Gui
