// SPDX-License-Identifier: GPL-3.0-or-later
// The verksamhet tree of a nämnd: leaves carry figures, inner nodes are sums of their children.
#pragma once

#include "error.h"
#include "periodizationprofile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Tertial::Core {

using NodeId = std::int64_t;

// verksamhet
struct VerksamhetNode final
{
    NodeId id = 0;
    std::optional<NodeId> parent; // absent: a top-level verksamhet of the nämnd
    std::string name;
    int order = 0;     // ordning among siblings; ties keep the input order
    bool memo = false; // shown, but excluded from the parent's and the total's sums
    // Absent: inherit the parent's profile, at the top the table's default.
    std::optional<PeriodizationProfile> periodization;
};

class VerksamhetTree final
{
public:
    VerksamhetTree() = default;
    // Checks: unique ids, every parent exists, no cycles.
    static Result<VerksamhetTree> build(std::vector<VerksamhetNode> nodes);

    // Every node in depth-first order, siblings by `order`.
    const std::vector<VerksamhetNode> &nodes() const { return m_nodes; }
    std::size_t size() const { return m_nodes.size(); }
    std::optional<std::size_t> indexOf(NodeId id) const;
    const VerksamhetNode &at(std::size_t index) const { return m_nodes[index]; }
    int depth(std::size_t index) const { return m_depth[index]; } // 1 = top level
    std::optional<std::size_t> parentIndex(std::size_t index) const { return m_parent[index]; }
    const std::vector<std::size_t> &childIndices(std::size_t index) const { return m_children[index]; }
    bool isLeaf(std::size_t index) const { return m_children[index].empty(); }
    // The profile that applies: the node's own, else the nearest ancestor's, else `fallback`.
    const PeriodizationProfile &effectivePeriodization(std::size_t index,
                                                       const PeriodizationProfile &fallback) const;

private:
    std::vector<VerksamhetNode> m_nodes;
    std::vector<int> m_depth;
    std::vector<std::optional<std::size_t>> m_parent;
    std::vector<std::vector<std::size_t>> m_children;
    std::unordered_map<NodeId, std::size_t> m_index;
};

} // namespace Tertial::Core
