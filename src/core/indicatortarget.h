// SPDX-License-Identifier: GPL-3.0-or-later
// An indicator's målvärde: what counts as met, and how close counts as partly met.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace Tertial::Core {

// How the målvärde is read (domain.md §5).
enum class TargetKind {
    AtLeast,  // "minst x", higher is better (andel nöjda 84 % vs mål 80 %)
    AtMost,   // "högst x", lower is better (sjukfrånvaro 1,1 % vs etappmål 1,2 %)
    Level,    // "Nivå", "+/-0": x ± an absolute band
    Increase, // "Öka": higher than last year's value
    Decrease, // "Minska": lower than last year's value
};

inline constexpr std::array<TargetKind, 5> kAllTargetKinds = {
    TargetKind::AtLeast, TargetKind::AtMost, TargetKind::Level, TargetKind::Increase, TargetKind::Decrease,
};

// målsort as stored and in files: minst, högst, nivå, öka, minska. Never change these.
std::string_view targetKindCode(TargetKind kind);
std::optional<TargetKind> targetKindFromCode(std::string_view code);

// The default share of the target that still counts as delvis uppnått (Nacka's table, seed 000
// §5: 70 vs 85, 80 vs 95 and 78 vs 80 are ◆). A nämnd may set another default.
inline constexpr double kDefaultPartialShare = 0.8;

struct IndicatorTarget final
{
    TargetKind kind = TargetKind::AtLeast;
    double value = 0.0;          // målvärde; not used by Increase and Decrease
    double levelTolerance = 0.0; // Level only: met when |utfall - målvärde| <= this ("+/-0" is 0)
    // The indicator's own share for delvis uppnått, in (0, 1]; unset = the nämnd default.
    // 1 means no delvis band: the target is either met or not.
    std::optional<double> partialShare;
};

} // namespace Tertial::Core
