// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "PayloadFormat.h"

#include <QTimer>
#include <QWidget>

class ContentChecker;
class EntryImporter;
class EntryTableModel;
class EntryTableView;
class IntegrityController;
class NoticeBar;
class QComboBox;
class QLineEdit;
class QMimeData;
class QSortFilterProxyModel;
class QUndoStack;
class SourceHasher;
class SourceScanJob;

// The authoring view: the list of files to build into an image, with its filter, layout
// choice, the notice of what blocks a build, and the edit operations the menus trigger.
class AuthoringPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuthoringPanel(QWidget *parent = nullptr);
    ~AuthoringPanel() override;

    EntryTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    EntryTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undoStack; }
    EntryImporter *importer() const { return m_importer; }
    NoticeBar *notice() const { return m_notice; }
    QLineEdit *filterEdit() const { return m_filter; }

    // The list file this list was opened from or saved to (empty for a new list).
    QString listPath() const { return m_listPath; }
    void setListPath(const QString &path);

    bool hasSelection() const;
    int selectedCount() const;

    // Adds files or folders (the importer probes them on a worker).
    void addPaths(const QStringList &paths, int row = -1, bool recursive = false);
    // Adds the local files or paths of clipboard data (URLs, or text with one path a line).
    // Returns false when the data holds none.
    bool addFromMimeData(const QMimeData *mime);
    void removeSelected();
    void renameCurrent();
    void moveSelectedUp();
    void moveSelectedDown();
    void sortByName();
    // Empties the list (undoable).
    void clearList();
    // Probes every source again (a file deleted or fixed since it was added).
    void recheckSources();
    void focusFilter();
    // Tests the selected entries' sources (all entries when `selectedOnly` is false) on all
    // cores; each row's status shows its result as it arrives.
    void testIntegrity(bool selectedOnly);
    // Tests the entries with these ids that are still listed (the build dialog's flagged rows).
    void testIntegrityOf(const QList<quint64> &ids);
    IntegrityController *integrity() const { return m_integrity; }
    ContentChecker *contentChecker() const { return m_contentChecker; }

    PayloadFormat::Layout layout() const;
    void setLayout(PayloadFormat::Layout layout);

Q_SIGNALS:
    void selectionChanged();
    // Files dropped on the list that are images (LBPAYLD1 or a first boot disk): they are
    // opened, not added.
    void imagesDropped(const QStringList &paths);
    void listPathChanged(const QString &path);

private:
    void onUrlsDropped(const QList<QUrl> &urls, int row);
    // Recomputes the notice at most once per turn of the event loop, however many changes
    // (batches of results) arrived in it, and only when the problems changed.
    void scheduleNotice();
    void updateNotice();
    void selectSourceRows(const QList<int> &rows);
    void testRows(const QList<int> &rows);

    QUndoStack *m_undoStack;
    EntryTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    EntryTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_layout;
    NoticeBar *m_notice;
    EntryImporter *m_importer;
    SourceHasher *m_hasher;
    ContentChecker *m_contentChecker;
    SourceScanJob *m_recheck;
    IntegrityController *m_integrity;
    QString m_listPath;
    QTimer m_noticeTimer;
    quint64 m_noticeRevision = 0;
    PayloadFormat::Layout m_noticeLayout = PayloadFormat::Layout::U32;
    bool m_noticeShown = false;
};
