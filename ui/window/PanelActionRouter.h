// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QObject>

class AuthoringPanel;
class BuildController;
class CheckoutPanel;
class FirstImagePanel;
class ImagePanel;
class MainActions;
class QTabWidget;

// Sends the actions that work on rows (Edit, Entries, Image, Export as Tar, Checkout) to the
// panel that is shown, the authoring list, an image tab, a first image's tab (extract, hash,
// manifest, integrity test of its files) or a checkout tab, and enables every action for what is
// shown: its selection, whether an image is read, which jobs run. The window keeps the
// actions that open, save and build; the routing and the enabling rules live here so that
// they change together.
class PanelActionRouter : public QObject
{
    Q_OBJECT
public:
    // Connects the row actions of `actions`; `tabs` shows `list` first, then the images.
    PanelActionRouter(MainActions *actions, QTabWidget *tabs, AuthoringPanel *list, BuildController *build,
        QObject *parent = nullptr);

    // The image tab shown, or nullptr when another tab is.
    ImagePanel *currentImagePanel() const;
    // The checkout tab shown, or nullptr when another tab is.
    CheckoutPanel *currentCheckoutPanel() const;
    // The first image's tab shown, or nullptr when another tab is.
    FirstImagePanel *currentFirstImagePanel() const;
    // Enables each action for the panel shown; call whenever its state may have changed.
    void updateActions();

private:
    void connectActions();
    void connectImageActions();
    // The Entries and Image actions for a first image's tab.
    void updateFirstImageActions(FirstImagePanel *first);

    MainActions *m_actions;
    QTabWidget *m_tabs;
    AuthoringPanel *m_list;
    BuildController *m_build;
};
