// SPDX-License-Identifier: GPL-3.0-or-later
// Building the verksamhet tree in depth-first order.
#include "verksamhettree.h"

#include <algorithm>
#include <string>

namespace Tertial::Core {

Result<VerksamhetTree> VerksamhetTree::build(std::vector<VerksamhetNode> nodes)
{
    std::unordered_map<NodeId, std::size_t> inputIndex;
    inputIndex.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!inputIndex.emplace(nodes[i].id, i).second)
            return fail(ErrorCode::Conflict,
                        "verksamhet " + std::to_string(nodes[i].id) + " (\"" + nodes[i].name
                            + "\") förekommer två gånger; väntade unika id");
    }

    // Children per input index, and the roots, each in input order first.
    std::vector<std::vector<std::size_t>> inputChildren(nodes.size());
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!nodes[i].parent) {
            roots.push_back(i);
            continue;
        }
        const auto parent = inputIndex.find(*nodes[i].parent);
        if (parent == inputIndex.end())
            return fail(ErrorCode::NotFound,
                        "verksamhet \"" + nodes[i].name + "\": överordnad verksamhet "
                            + std::to_string(*nodes[i].parent) + " finns inte");
        inputChildren[parent->second].push_back(i);
    }
    const auto byOrder = [&nodes](std::size_t a, std::size_t b) { return nodes[a].order < nodes[b].order; };
    std::stable_sort(roots.begin(), roots.end(), byOrder);
    for (auto &children : inputChildren)
        std::stable_sort(children.begin(), children.end(), byOrder);

    // Depth-first with an explicit stack: a deep tree must not exhaust the call stack.
    VerksamhetTree tree;
    tree.m_nodes.reserve(nodes.size());
    std::vector<std::size_t> outputOf(nodes.size(), 0);
    struct Pending
    {
        std::size_t input;
        std::optional<std::size_t> parentOutput;
        int depth;
    };
    std::vector<Pending> stack;
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.push_back({*it, std::nullopt, 1});
    while (!stack.empty()) {
        const Pending pending = stack.back();
        stack.pop_back();
        const std::size_t output = tree.m_nodes.size();
        outputOf[pending.input] = output;
        tree.m_index.emplace(nodes[pending.input].id, output);
        tree.m_nodes.push_back(std::move(nodes[pending.input]));
        tree.m_depth.push_back(pending.depth);
        tree.m_parent.push_back(pending.parentOutput);
        tree.m_children.emplace_back();
        if (pending.parentOutput)
            tree.m_children[*pending.parentOutput].push_back(output);
        const auto &children = inputChildren[pending.input];
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back({*it, output, pending.depth + 1});
    }
    if (tree.m_nodes.size() != nodes.size()) {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (!tree.m_index.contains(nodes[i].id))
                return fail(ErrorCode::InvalidInput,
                            "verksamhet \"" + nodes[i].name
                                + "\" ligger i en cirkel av överordnade verksamheter; väntade ett träd");
        }
    }
    return tree;
}

std::optional<std::size_t> VerksamhetTree::indexOf(NodeId id) const
{
    const auto it = m_index.find(id);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

const PeriodizationProfile &VerksamhetTree::effectivePeriodization(std::size_t index,
                                                                   const PeriodizationProfile &fallback) const
{
    std::optional<std::size_t> current = index;
    while (current) {
        if (m_nodes[*current].periodization)
            return *m_nodes[*current].periodization;
        current = m_parent[*current];
    }
    return fallback;
}

} // namespace Tertial::Core
