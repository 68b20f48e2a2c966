// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "CheckoutLayout.h"
#include "jobs/authoring/BuildRequest.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class EntryTableModel;
class NoticeBar;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// File > Build Image…: where to write, the layout, upstream sorting, padding, a manifest
// and verify-after-writing. It explains what blocks the build (per the list's validation
// for the chosen layout) and only lets it start when nothing does. Below, as warnings that
// do not block: distfiles whose content is not what their name says and distfiles whose
// integrity test failed, with their reasons and a button to test the flagged ones fully.
class BuildDialog : public QDialog
{
    Q_OBJECT
public:
    // `model` is read, never changed. The options start from the saved defaults.
    BuildDialog(const EntryTableModel *model, QWidget *parent = nullptr);

    // The build the user asked for (valid once accepted).
    BuildRequest request() const;

    // Sets the output path field (tests, and a suggestion from the list's file name).
    void setOutputPath(const QString &path);
    void setVerifyAfterWriting(bool verify);
    void setSortByName(bool sort);
    void setWriteManifest(bool write);
    // Builds `entries` instead of the model's: a checkout's external half carries the
    // digests and identities its check found. The model still gives sizes and blockers.
    void setEntries(const QList<BuildEntry> &entries);
    // Whether accepting stores the options as the defaults of the next build (on unless
    // told): a checkout's preset must not change the list's.
    void setRemembersOptions(bool remember) { m_remember = remember; }
    // A build from a checkout: selects the layout the checkout says its importer reads, and
    // from then on warns (without blocking) while another layout is chosen, naming the file
    // that said so. A checkout that does not say (Source::Default) only sets the selection.
    void setCheckoutLayout(const CheckoutLayout &layout);
    // The warning about a layout other than the checkout's (hidden when there is none).
    NoticeBar *layoutNotice() const { return m_layoutNotice; }
    // The build button, which is disabled while something blocks the build.
    QPushButton *buildButton() const { return m_build; }
    // What the dialog says blocks the build, one line each (empty when nothing does).
    QStringList blockers() const { return m_blockers; }
    // The warnings it lists, one line each, and the ids of the entries they are about.
    QStringList warnings() const { return m_warnings; }
    QList<quint64> flaggedIds() const { return m_flagged; }
    // "Test Integrity of Flagged", in the warnings' notice.
    QAction *testFlaggedAction() const { return m_testFlagged; }
    NoticeBar *warningNotice() const { return m_warningNotice; }

Q_SIGNALS:
    // The user asked for the full integrity test of these entries (the flagged ones).
    void testFlaggedRequested(const QList<quint64> &ids);

public:
    void accept() override;

private:
    void browse();
    void refresh();
    void refreshWarnings();
    void refreshLayoutNotice();
    PayloadFormat::Layout layout() const;

    const EntryTableModel *m_model;
    QLineEdit *m_output;
    QComboBox *m_layout;
    QCheckBox *m_sort;
    QComboBox *m_pad;
    QCheckBox *m_manifest;
    QComboBox *m_manifestFormat;
    QCheckBox *m_verify;
    QLabel *m_summary;
    NoticeBar *m_notice;
    NoticeBar *m_warningNotice;
    NoticeBar *m_layoutNotice;
    std::optional<CheckoutLayout> m_checkoutLayout;
    QAction *m_testFlagged;
    QPushButton *m_build;
    QStringList m_blockers;
    QStringList m_warnings;
    QList<quint64> m_flagged;
    // Results that arrive while the dialog is open (a test of the flagged rows) redo the
    // warnings at most four times a second: each pass reads the whole list.
    QTimer m_warningsTimer;
    std::optional<QList<BuildEntry>> m_entries;
    bool m_overwrite = false;
    bool m_remember = true;
};
