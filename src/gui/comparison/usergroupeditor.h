// SPDX-License-Identifier: GPL-3.0-or-later
// The editor of the analyst's own comparison groups: create, rename, change members, delete.
#pragma once

#include <QDialog>

#include <cstdint>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Tertial::Gui {

class UserGroupEdits;

// Not modal: the main window's Ångra / Gör om stay at hand. Every click is one undoable edit.
class UserGroupEditor final : public QDialog
{
    Q_OBJECT
public:
    explicit UserGroupEditor(UserGroupEdits &edits, QWidget *parent = nullptr);

    // The steps the buttons take, without their input dialogs (for tests and scripts).
    bool createGroup(const QString &title);
    bool renameCurrent(const QString &title);
    bool removeCurrent();
    bool setMember(const QString &kommunId, bool member);
    void selectGroup(std::int64_t id);

    QListWidget *groupList() const { return m_groups; }
    QListWidget *memberList() const { return m_members; }
    QString message() const;

private:
    void reload();
    void showMembers();
    void filterKommuner(const QString &text);
    std::int64_t currentId() const;
    void report(const QString &error);

    UserGroupEdits &m_edits;
    QListWidget *m_groups;
    QListWidget *m_members;
    QLineEdit *m_filter;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QLabel *m_message;
    bool m_updating = false;
};

} // namespace Tertial::Gui
