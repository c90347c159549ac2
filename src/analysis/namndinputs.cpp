// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a nämnd-year from the store.
#include "namndinputs.h"

namespace Tertial::Analysis {

using Core::Result;

namespace {

template<typename T>
Result<void> into(Result<T> read, T &target)
{
    if (!read)
        return std::unexpected(read.error());
    target = std::move(*read);
    return {};
}

template<typename T>
Result<void> append(Result<std::vector<T>> read, std::vector<T> &target)
{
    if (!read)
        return std::unexpected(read.error());
    target.insert(target.end(), std::make_move_iterator(read->begin()), std::make_move_iterator(read->end()));
    return {};
}

} // namespace

FigureSlot slotOf(const Storage::FigureKey &key)
{
    return {key.verksamhetId, key.year, key.month.value_or(0), key.measure};
}

Storage::FigureKey keyOf(const FigureSlot &slot)
{
    Storage::FigureKey key;
    key.verksamhetId = std::get<0>(slot);
    key.year = std::get<1>(slot);
    if (std::get<2>(slot) != 0)
        key.month = std::get<2>(slot);
    key.measure = std::get<3>(slot);
    return key;
}

Result<Core::VerksamhetTree> treeOf(const std::vector<Storage::Verksamhet> &verksamheter)
{
    std::vector<Core::VerksamhetNode> nodes;
    nodes.reserve(verksamheter.size());
    for (const Storage::Verksamhet &v : verksamheter) {
        const bool linear = v.periodisation.kind() == Core::PeriodizationKind::Linear;
        nodes.push_back({v.id, v.parentId, v.name, v.order, v.memo, linear ? std::nullopt : std::optional(v.periodisation)});
    }
    return Core::VerksamhetTree::build(std::move(nodes));
}

Result<NamndInputs> readNamndInputs(Storage::Store &store, const Storage::Namnd &namnd, int year)
{
    NamndInputs inputs;
    inputs.namnd = namnd;
    inputs.year = year;
    auto kommuner = store.kommuner();
    if (!kommuner)
        return std::unexpected(kommuner.error());
    for (const Storage::Kommun &k : *kommuner)
        if (k.code == namnd.kommun)
            inputs.kommunName = k.name;
    if (auto ok = rereadFigureParts(store, inputs); !ok)
        return std::unexpected(ok.error());
    for (auto *reread : {&rereadVolumes, &rereadIndicators, &rereadRegisters})
        if (auto ok = reread(store, inputs); !ok)
            return std::unexpected(ok.error());
    return inputs;
}

Result<NamndInputs> readNamndInputs(Storage::Store &store, const std::string &kommun, const std::string &namndCode,
                                    int year)
{
    auto namnd = store.findNamnd(kommun, namndCode);
    if (!namnd)
        return std::unexpected(namnd.error());
    if (!*namnd)
        return Core::fail(Core::ErrorCode::NotFound, "nämnden " + namndCode + " finns inte i kommun " + kommun);
    return readNamndInputs(store, **namnd, year);
}

Result<void> rereadFigureParts(Storage::Store &store, NamndInputs &inputs)
{
    std::vector<Storage::Verksamhet> verksamheter;
    if (auto ok = into(store.verksamheter(inputs.namnd.id), verksamheter); !ok)
        return ok;
    auto tree = treeOf(verksamheter);
    if (!tree)
        return std::unexpected(tree.error());
    auto namndNode = store.namndLevelId(inputs.namnd.id);
    if (!namndNode)
        return std::unexpected(namndNode.error());
    std::vector<Storage::Figure> figures;
    for (const int y : {inputs.year - 1, inputs.year})
        if (auto ok = append(store.figures(inputs.namnd.id, y), figures); !ok)
            return ok;
    std::map<FigureSlot, std::int64_t> versions;
    for (const Storage::Figure &figure : figures)
        if (figure.key.kontoslag.empty())
            versions[slotOf(figure.key)] = figure.version;
    auto index = FigureIndex::build(figures, *namndNode, inputs.year);
    if (!index)
        return std::unexpected(index.error());
    std::vector<Storage::ForecastChoice> methods;
    if (auto ok = into(store.forecastMethods(inputs.namnd.id, inputs.year), methods); !ok)
        return ok;
    std::vector<Storage::Comment> comments;
    if (auto ok = into(store.comments(inputs.namnd.id, inputs.year), comments); !ok)
        return ok;
    NamndInputs read;
    read.namnd = inputs.namnd;
    if (auto ok = rereadLocks(store, read); !ok)
        return ok;
    // Everything read: only now the inputs change, all parts together.
    inputs.verksamheter = std::move(verksamheter);
    inputs.tree = std::move(*tree);
    inputs.figures = std::move(*index);
    inputs.versions = std::move(versions);
    inputs.methods = std::move(methods);
    inputs.comments = std::move(comments);
    inputs.locks = std::move(read.locks);
    return {};
}

Result<void> rereadVolumes(Storage::Store &store, NamndInputs &inputs)
{
    std::vector<Storage::Volume> volumes;
    for (const int y : {inputs.year - 1, inputs.year})
        if (auto ok = append(store.volumes(inputs.namnd.id, y), volumes); !ok)
            return ok;
    inputs.volumes = std::move(volumes);
    std::vector<Storage::Volume> older;
    if (auto ok = append(store.volumes(inputs.namnd.id, inputs.year - 2), older); !ok)
        return ok;
    inputs.olderVolumes = std::move(older);
    return {};
}

Result<void> rereadIndicators(Storage::Store &store, NamndInputs &inputs)
{
    std::vector<Storage::Indicator> indicators;
    if (auto ok = into(store.indicators(inputs.namnd.id), indicators); !ok)
        return ok;
    std::map<Storage::Id, std::vector<Storage::IndicatorValue>> values;
    for (const Storage::Indicator &indicator : indicators)
        if (auto ok = into(store.indicatorValues(indicator.id), values[indicator.id]); !ok)
            return ok;
    std::vector<Storage::StatusOverride> overrides;
    if (auto ok = into(store.statusOverrides(inputs.namnd.id), overrides); !ok)
        return ok;
    inputs.indicators = std::move(indicators);
    inputs.indicatorValues = std::move(values);
    inputs.overrides = std::move(overrides);
    return {};
}

Result<void> rereadRegisters(Storage::Store &store, NamndInputs &inputs)
{
    const Storage::Id id = inputs.namnd.id;
    std::vector<Storage::ActionItem> actions;
    std::vector<Storage::Investment> investments;
    std::vector<Storage::StateGrant> grants;
    std::vector<Storage::PersonnelFigure> personnel;
    if (auto ok = into(store.personnel(id), personnel); !ok)
        return ok;
    if (auto ok = into(store.actionItems(id, inputs.year), actions); !ok)
        return ok;
    if (auto ok = into(store.investments(id, inputs.year), investments); !ok)
        return ok;
    if (auto ok = into(store.stateGrants(id, inputs.year), grants); !ok)
        return ok;
    inputs.actions = std::move(actions);
    inputs.investments = std::move(investments);
    inputs.grants = std::move(grants);
    inputs.personnel = std::move(personnel);
    return {};
}

Result<void> rereadLocks(Storage::Store &store, NamndInputs &inputs)
{
    return into(store.periodLocks(inputs.namnd.id), inputs.locks);
}

} // namespace Tertial::Analysis
