// SPDX-License-Identifier: GPL-3.0-or-later
// The editor of user-defined comparison groups.
#include "usergroupeditor.h"

#include "usergroupedits.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Tertial::Gui {
namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

UserGroupEditor::UserGroupEditor(UserGroupEdits &edits, QWidget *parent)
    : QDialog(parent), m_edits(edits), m_groups(new QListWidget(this)), m_members(new QListWidget(this)),
      m_filter(new QLineEdit(this)), m_rename(new QPushButton(tr("Byt namn …"), this)),
      m_remove(new QPushButton(tr("Ta bort"), this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Egna jämförelsegrupper"));
    auto *create = new QPushButton(tr("Ny grupp …"), this);
    auto *undo = new QToolButton(this);
    undo->setDefaultAction(edits.undoStack()->createUndoAction(this, tr("Ångra")));
    auto *redo = new QToolButton(this);
    redo->setDefaultAction(edits.undoStack()->createRedoAction(this, tr("Gör om")));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(undo);
    buttons->addWidget(redo);

    m_filter->setPlaceholderText(tr("Sök kommun"));
    m_filter->setClearButtonEnabled(true);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Grupper"), this));
    left->addWidget(m_groups, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Medlemmar (bocka i kommunerna)"), this));
    right->addWidget(m_filter);
    right->addWidget(m_members, 1);
    auto *lists = new QHBoxLayout;
    lists->addLayout(left, 1);
    lists->addLayout(right, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Gruppens ovägda medel räknar Tertial ut över de medlemmar som har ett värde i "
                                    "Kolada. Varje ändring sparas direkt och kan ångras."),
                                 this));
    layout->addLayout(buttons);
    layout->addLayout(lists, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(640, 520);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("Ny jämförelsegrupp"), tr("Namn, t.ex. Liknande kommuner IFO:"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (ok)
            createGroup(title);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (!m_groups->currentItem())
            return;
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("Byt namn"), tr("Nytt namn:"), QLineEdit::Normal,
                                                    m_groups->currentItem()->text(), &ok);
        if (ok)
            renameCurrent(title);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_groups, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating)
            showMembers();
    });
    connect(m_members, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_updating)
            setMember(item->data(IdRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &UserGroupEditor::filterKommuner);
    connect(&m_edits, &UserGroupEdits::changed, this, &UserGroupEditor::reload);
    connect(&m_edits, &UserGroupEdits::errorOccurred, this, &UserGroupEditor::report);

    // Every kommun Kolada's metadata names, alphabetically.
    m_updating = true;
    auto municipalities = m_edits.store().municipalities();
    if (!municipalities)
        report(QString::fromStdString(municipalities.error().message));
    else {
        std::vector<std::pair<QString, QString>> kommuner;
        for (const auto &municipality : *municipalities)
            if (municipality.type == "K")
                kommuner.emplace_back(QString::fromStdString(municipality.title), QString::fromStdString(municipality.id));
        std::sort(kommuner.begin(), kommuner.end(),
                  [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
        for (const auto &[name, id] : kommuner) {
            auto *item = new QListWidgetItem(name, m_members);
            item->setData(IdRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_updating = false;
    reload();
}

QString UserGroupEditor::message() const
{
    return m_message->text();
}

void UserGroupEditor::report(const QString &error)
{
    m_message->setText(error);
}

std::int64_t UserGroupEditor::currentId() const
{
    return m_groups->currentItem() ? m_groups->currentItem()->data(IdRole).toLongLong() : 0;
}

void UserGroupEditor::selectGroup(std::int64_t id)
{
    for (int row = 0; row < m_groups->count(); ++row)
        if (m_groups->item(row)->data(IdRole).toLongLong() == id)
            m_groups->setCurrentRow(row);
}

void UserGroupEditor::reload()
{
    const std::int64_t current = currentId();
    auto groups = m_edits.groups();
    if (!groups) {
        report(QString::fromStdString(groups.error().message));
        return;
    }
    m_updating = true;
    m_groups->clear();
    int currentRow = groups->empty() ? -1 : 0;
    for (const auto &group : *groups) {
        auto *item = new QListWidgetItem(QString::fromStdString(group.title), m_groups);
        item->setData(IdRole, static_cast<qlonglong>(group.id));
        if (group.id == current)
            currentRow = m_groups->count() - 1;
    }
    m_groups->setCurrentRow(currentRow);
    m_updating = false;
    showMembers();
}

void UserGroupEditor::showMembers()
{
    const std::int64_t id = currentId();
    std::vector<std::string> members;
    if (auto groups = m_edits.groups())
        for (const auto &group : *groups)
            if (group.id == id)
                members = group.members;
    m_updating = true;
    for (int row = 0; row < m_members->count(); ++row) {
        QListWidgetItem *item = m_members->item(row);
        const bool member = std::find(members.begin(), members.end(), item->data(IdRole).toString().toStdString())
                            != members.end();
        item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
        item->setFlags(id ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable);
    }
    m_updating = false;
    m_rename->setEnabled(id != 0);
    m_remove->setEnabled(id != 0);
}

void UserGroupEditor::filterKommuner(const QString &text)
{
    for (int row = 0; row < m_members->count(); ++row)
        m_members->item(row)->setHidden(!m_members->item(row)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

bool UserGroupEditor::createGroup(const QString &title)
{
    auto group = m_edits.create(title);
    if (!group) {
        report(QString::fromStdString(group.error().message));
        return false;
    }
    selectGroup(group->id);
    report(tr("Bocka i gruppens kommuner till höger."));
    return true;
}

bool UserGroupEditor::renameCurrent(const QString &title)
{
    if (auto ok = m_edits.rename(currentId(), title); !ok) {
        report(QString::fromStdString(ok.error().message));
        return false;
    }
    report(QString());
    return true;
}

bool UserGroupEditor::removeCurrent()
{
    if (auto ok = m_edits.remove(currentId()); !ok) {
        report(QString::fromStdString(ok.error().message));
        return false;
    }
    report(tr("Gruppen togs bort (Ångra tar tillbaka den)."));
    return true;
}

bool UserGroupEditor::setMember(const QString &kommunId, bool member)
{
    const std::int64_t id = currentId();
    auto groups = m_edits.groups();
    if (!groups || id == 0)
        return false;
    for (const auto &group : *groups) {
        if (group.id != id)
            continue;
        std::vector<std::string> members = group.members;
        const std::string kommun = kommunId.toStdString();
        std::erase(members, kommun);
        if (member)
            members.push_back(kommun);
        if (auto ok = m_edits.setMembers(id, members); !ok) {
            report(QString::fromStdString(ok.error().message));
            showMembers();
            return false;
        }
        return true;
    }
    return false;
}

} // namespace Tertial::Gui
