// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench on the seed 002 §2.1 fixture (Nacka Socialnämnden, oktober 2017, tkr) at
// 1600×1000, driven with QTest key and mouse events: shared by the GUI tests of issue 15.
#pragma once

#include "seed002fixture.h"

#include "gui/economicview.h"
#include "gui/mainwindow.h"
#include "models/economictablemodel.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace Tertial::Test {

class WorkbenchTest : public testing::Test
{
protected:
    using Column = Models::EconomicTableModel::Column;

    void SetUp() override;
    void TearDown() override;

    // Opens the fixture in a new window of the given size (the tests' default: 1600×1000).
    void openWindow(QSize size);

    QModelIndex cell(const std::string &name, Column column) const;
    qlonglong ore(const std::string &name, Column column) const;
    // A mouse click on the cell, as a user selects (Shift or Ctrl to extend).
    void click(const QModelIndex &index, Qt::KeyboardModifiers modifiers = {});
    // Selects from `from` to `to` with the mouse: a click, then Shift+click.
    void selectRange(const QModelIndex &from, const QModelIndex &to);
    // Types like a user: the first key opens the editor, the rest go to it, Return commits.
    void type(const QModelIndex &index, const QString &text);
    // Ctrl+key on the view, as the keyboard sends it.
    void ctrl(Qt::Key key);
    // The figure as stored (a fresh read of the store), to know it is in the database.
    std::optional<qlonglong> stored(const std::string &name, Storage::Measure measure);

    QTemporaryDir m_dir;
    QString m_path;
    Storage::Id m_namndId = 0;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::EconomicView *m_view = nullptr;
    Models::EconomicTableModel *m_model = nullptr;
};

// Key events for each character of `text`, any Unicode (QTest::keyClicks takes Latin-1 only).
void keyText(QWidget *widget, const QString &text);

// "−2 066" with U+2212 and U+00A0 from "-2 066".
QString sv(const char *ascii);

} // namespace Tertial::Test
