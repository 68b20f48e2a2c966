// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QObject>

class AuthoringPanel;
class BuildController;
class CheckoutPanel;
class MainActions;
class QTabWidget;
class QWidget;
class RecentFiles;

// The window's side of live-bootstrap checkouts: File > Open live-bootstrap Checkout…, one
// tab per checkout (its icon tells whether external.img can be built), and the actions that
// leave the tab: Build external.img… (the window's build dialog and build), Open as Payload
// List (the authoring list) and Settings > Distfile Mirrors…. The tab's own work is the
// panel's; the enabling of the actions is PanelActionRouter's.
class CheckoutTabs : public QObject
{
    Q_OBJECT
public:
    CheckoutTabs(QWidget *window, QTabWidget *tabs, AuthoringPanel *list, BuildController *build, MainActions *actions,
        RecentFiles *recent);

    // Opens the checkout at `path` in its own tab (or shows its tab) and starts checking its
    // distfiles. Returns nullptr after telling the user (a window-modal message named
    // "notCheckout") when `path` is not a checkout.
    CheckoutPanel *open(const QString &path);
    // How long after opening a checkout it joins the recent files and the remembered folder.
    static constexpr int RememberDelayMs = 50;
    // The hash cache file the tabs opened from now on use (empty: the user's).
    void setHashCachePath(const QString &path) { m_hashCachePath = path; }

    void chooseAndOpen();
    void buildExternalImage();
    void openAsPayloadList();
    void editMirrors();
    // The checkout tab in front, or nullptr.
    CheckoutPanel *current() const;

Q_SIGNALS:
    // A checkout tab's state changed; `panel` is the tab.
    void panelStateChanged(CheckoutPanel *panel);

private:
    void updateTab(CheckoutPanel *panel);

    QWidget *m_window;
    QTabWidget *m_tabs;
    AuthoringPanel *m_list;
    BuildController *m_build;
    MainActions *m_actions;
    RecentFiles *m_recent;
    QString m_hashCachePath;
};
