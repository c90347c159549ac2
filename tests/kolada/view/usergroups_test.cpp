// SPDX-License-Identifier: GPL-3.0-or-later
// User-defined comparison groups: the editor's edits are stored, survive a reopen, undo and redo;
// the comparison shows Tertial's ovägt medel of the group.
#include "gui/comparison/comparisonview.h"
#include "gui/comparison/usergroupeditor.h"
#include "gui/comparison/usergroupedits.h"

#include "../tempdir.h"
#include "demodata.h"

#include <QListWidget>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tertial {
namespace {

using Storage::KoladaUserGroup;

std::vector<KoladaUserGroup> storedGroups(const std::string &path)
{
    // A connection of its own: what is on disk, not what a cache holds.
    auto store = Storage::KoladaStore::open(path);
    EXPECT_TRUE(store.has_value());
    auto groups = (*store)->userGroups();
    EXPECT_TRUE(groups.has_value());
    return groups ? *groups : std::vector<KoladaUserGroup>{};
}

class UserGroupsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = m_dir.koladaStore();
        ASSERT_TRUE(m_store);
        TestUtil::importKoladaDemo(*m_store);
    }

    bool check(Gui::UserGroupEditor &editor, const QString &name, bool member)
    {
        QListWidget *list = editor.memberList();
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text() == name) {
                list->item(row)->setCheckState(member ? Qt::Checked : Qt::Unchecked); // as a click does
                return true;
            }
        return false;
    }

    TestUtil::TempDir m_dir;
    std::unique_ptr<Storage::KoladaStore> m_store;
    QUndoStack m_undo;
};

TEST_F(UserGroupsTest, EditorEditsPersistAndUndo)
{
    Gui::UserGroupEdits edits(*m_store, &m_undo);
    Gui::UserGroupEditor editor(edits);
    const std::string path = m_dir.file("test.tertial");

    ASSERT_TRUE(editor.createGroup(QStringLiteral("Liknande kommuner IFO")));
    ASSERT_TRUE(check(editor, QStringLiteral("Sollentuna"), true));
    ASSERT_TRUE(check(editor, QStringLiteral("Täby"), true));
    ASSERT_TRUE(check(editor, QStringLiteral("Danderyd"), true));
    ASSERT_TRUE(check(editor, QStringLiteral("Danderyd"), false));
    ASSERT_TRUE(editor.renameCurrent(QStringLiteral("Liknande kommuner IFO, egen")));
    EXPECT_EQ(m_undo.count(), 6); // create, three ticks and an untick, rename

    auto groups = storedGroups(path);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].title, "Liknande kommuner IFO, egen");
    EXPECT_EQ(groups[0].members, (std::vector<std::string>{"0163", "0160"}));

    // A second group may not take the same name; nothing is pushed.
    EXPECT_FALSE(editor.createGroup(QStringLiteral("Liknande kommuner IFO, egen")));
    EXPECT_TRUE(editor.message().contains(QStringLiteral("finns redan")));
    EXPECT_EQ(m_undo.count(), 6);

    m_undo.undo(); // the rename
    EXPECT_EQ(storedGroups(path)[0].title, "Liknande kommuner IFO");
    m_undo.undo(); // Danderyd unticked -> back in
    EXPECT_EQ(storedGroups(path)[0].members, (std::vector<std::string>{"0163", "0160", "0162"}));
    m_undo.redo();
    m_undo.redo();
    EXPECT_EQ(storedGroups(path)[0], groups[0]);

    ASSERT_TRUE(editor.removeCurrent());
    EXPECT_TRUE(storedGroups(path).empty());
    EXPECT_EQ(editor.groupList()->count(), 0);
    m_undo.undo(); // the delete: the group is back with its id, name and members
    EXPECT_EQ(storedGroups(path), groups);
    EXPECT_EQ(editor.groupList()->count(), 1);
    while (m_undo.canUndo())
        m_undo.undo();
    EXPECT_TRUE(storedGroups(path).empty());
}

TEST_F(UserGroupsTest, TheComparisonShowsTheGroupsMean)
{
    Gui::UserGroupEdits edits(*m_store, &m_undo);
    Gui::ComparisonView view(*m_store);
    view.setUserGroupEdits(&edits);
    view.setKpi(QStringLiteral("N33006"));
    view.setYear(2019);
    auto group = edits.create(QStringLiteral("Grannar"), {"0163", "0160", "0999"});
    ASSERT_TRUE(group.has_value()) << group.error().message;
    QTableWidget *table = view.table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("Grannar (egen grupp), ovägt medel (2 av 3 kommuner)"))
            row = r;
    ASSERT_GE(row, 0);
    // seed 000 §4 N33006 2019: Sollentuna 6 473, Täby 4 554 -> (6 473 + 4 554) / 2 = 5 513,5;
    // 0999 has no value and is left out, not counted as zero (the name says 2 of 3). 2017: (5 750 + 4 790) / 2 = 5 270.
    EXPECT_EQ(table->item(row, 3)->text(), QStringLiteral("5 513,5"));
    EXPECT_EQ(table->item(row, 1)->text(), QStringLiteral("5 270,0"));
    EXPECT_EQ(table->item(row, 4)->text(), QStringLiteral("Tertials beräkning: 2 av 3 kommuner har värde 2019"));
    m_undo.undo();
    for (int r = 0; r < table->rowCount(); ++r)
        EXPECT_NE(table->item(r, 0)->text(), QStringLiteral("Grannar (egen grupp), ovägt medel (2 av 3 kommuner)"));
}

} // namespace
} // namespace Tertial
