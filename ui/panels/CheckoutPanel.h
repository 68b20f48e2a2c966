// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class Checkout;
class CheckoutBudget;
class CheckoutSession;
class FirstImageBudgetView;
class NoticeBar;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QToolBar;
class QToolButton;
class QTreeView;
class QTreeWidget;

// The tab of a live-bootstrap checkout: the split step, the Guix choice and the distfiles
// folder at the top, below them the first image's layout and budget for the split
// (FirstImageBudgetView, kept true by CheckoutBudget), the panel's tool bar and filter, the
// distfiles of the first image and of external.img with each one's state, a progress bar with
// Cancel while hashing or downloading, the findings of the parse (file:line) and the folder's
// extra files below, and a line that counts the states. The work is the session's; this shows
// it and asks.
class CheckoutPanel : public QWidget
{
    Q_OBJECT
public:
    // `cachePath`: the hash cache file (empty: the user's, HashCache::defaultPath()).
    explicit CheckoutPanel(const QString &cachePath = {}, QWidget *parent = nullptr);
    ~CheckoutPanel() override;

    // Opens the checkout at `root` with the choices remembered for it (or the defaults) and
    // starts checking its distfiles. Returns false and sets error() when `root` is not a
    // checkout; the panel is then unusable.
    bool open(const QString &root);
    QString error() const { return m_error; }
    QString root() const { return m_root; }

    CheckoutSession *session() const { return m_session; }
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *splitCombo() const { return m_split; }
    QCheckBox *guixBox() const { return m_guix; }
    QTreeWidget *findingsView() const { return m_findings; }
    QListWidget *extraFilesView() const { return m_extra; }
    NoticeBar *planNotice() const { return m_planNotice; }
    NoticeBar *notice() const { return m_notice; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolBar *toolBar() const { return m_toolBar; }
    FirstImageBudgetView *budgetView() const { return m_budgetView; }
    CheckoutBudget *budget() const { return m_budget; }

    // Puts the window's checkout actions on the panel's tool bar (before the filter).
    void addToolBarActions(const QList<QAction *> &actions);
    // Uses another distfiles folder (remembered for this checkout) and checks it.
    void setDistfilesDir(const QString &dir);

    // The user's commands (the window's actions call them).
    void checkAgain();
    void fetchMissing();
    // Puts one URL a line for the missing and wrong distfiles on the clipboard; returns how many.
    int copyMissingUrls();
    void focusFilter();
    void cancel();

Q_SIGNALS:
    // Busy state, counts or plan changed: the window updates actions, status bar and tab.
    void stateChanged();

private:
    // Loads the session for the chosen split and Guix choice (`read`: the checkout already read
    // with that choice) and checks the distfiles.
    void reload(const Checkout *read = nullptr);
    void chooseDistfilesDir();
    void rememberChoices();
    void updatePlanNotice();
    void updateFindings();
    void updateExtraFiles();
    void updateSummary();
    void updateProgress(qint64 done, qint64 total, const QString &text);
    void onBusyChanged();
    void decorateGroups();

    QString m_root;
    QString m_error;
    CheckoutSession *m_session;
    QComboBox *m_split;
    FirstImageBudgetView *m_budgetView;
    CheckoutBudget *m_budget;
    QCheckBox *m_guix;
    QLineEdit *m_distfiles;
    QToolButton *m_browse;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    NoticeBar *m_planNotice;
    NoticeBar *m_notice;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_details;
    QTreeWidget *m_findings;
    QListWidget *m_extra;
    QLabel *m_summary;
    bool m_loading = false; // set while the controls are filled from a load
    QTimer m_remember; // rememberChoices() soon; at the latest when the panel goes
    // The checkout open() read, until the load it put off to the next event takes it; dropped
    // by a load the user asks for first.
    std::unique_ptr<Checkout> m_read;
};
