// SPDX-License-Identifier: GPL-3.0-or-later
// The stored codes of the target kinds (målsort).
#include "indicatortarget.h"

namespace Tertial::Core {

std::string_view targetKindCode(TargetKind kind)
{
    switch (kind) {
    case TargetKind::AtLeast: return "minst";
    case TargetKind::AtMost: return "högst";
    case TargetKind::Level: return "nivå";
    case TargetKind::Increase: return "öka";
    case TargetKind::Decrease: return "minska";
    }
    return "minst";
}

std::optional<TargetKind> targetKindFromCode(std::string_view code)
{
    for (TargetKind kind : kAllTargetKinds)
        if (targetKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

} // namespace Tertial::Core
