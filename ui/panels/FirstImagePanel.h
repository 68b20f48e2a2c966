// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include "jobs/firstimage/OpenFirstImageJob.h"
#include "widgets/views/SrcfsTreeView.h"

#include <QWidget>

#include <memory>

class FirstImageFindingModel;
class FirstImageOperations;
class FirstImageReader;
class FirstImageSummaryWidget;
class NoticeBar;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class SrcfsCommandModel;
class SrcfsTreeModel;
class SrcfsTreeProxy;

// The tab of one opened first boot disk (init.img): its stage facts and budget
// (FirstImageSummaryWidget), the srcfs as a tree of folders and files, the hex0 and command
// records, and every finding. The image is read and its tree built on a worker
// (OpenFirstImageJob); the GUI thread then shows each part with one model reset, so the tab
// of a 14,000-record image appears without the window stalling. Read-only: nothing here
// writes to the image. Its files are hashed, extracted, tested and dragged out as an image
// tab's entries are, by FirstImageOperations (operations()), the results shown in the tree.
class FirstImagePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FirstImagePanel(QWidget *parent = nullptr);
    ~FirstImagePanel() override;

    // Starts reading `path` on a worker; the tab fills when it is read.
    void open(const QString &path);
    QString path() const { return m_path; }
    bool isLoading() const { return m_open.isRunning(); }
    // True once the image was read as a first image (a damaged script included: its findings
    // say where); false while reading, when it could not be read, and when reading was stopped.
    bool isReady() const { return m_ready; }
    // Reading, or any operation on the files (hashing, extracting, testing) runs.
    bool isBusy() const;
    // Rows of the tree are selected.
    bool hasSelection() const;
    // Stops reading and every operation; the destructor waits for the workers.
    void cancelJobs();
    FirstImageOperations *operations() const { return m_ops; }

    // After reading: the reader (nullptr before).
    std::shared_ptr<const FirstImageReader> reader() const { return m_reader; }
    SrcfsTreeModel *treeModel() const { return m_tree; }
    SrcfsTreeView *treeView() const { return m_treeView; }
    SrcfsCommandModel *commandModel() const { return m_commands; }
    QTableView *commandView() const { return m_commandView; }
    FirstImageFindingModel *findingModel() const { return m_findings; }
    QTableView *findingView() const { return m_findingView; }
    FirstImageSummaryWidget *summary() const { return m_summary; }
    NoticeBar *notice() const { return m_notice; }

    int errorCount() const;
    int warningCount() const;
    // Shows the record with index `record` (script order): its path in the tree, or its row
    // among the commands. False when no such record was listed.
    bool showRecord(int record);

Q_SIGNALS:
    void stateChanged();
    void openFinished(bool ok);

private:
    QWidget *titled(const QString &title, QWidget *content);
    void onOpenFinished();
    void showNotice();

    QString m_path;
    bool m_ready = false;
    std::shared_ptr<const FirstImageReader> m_reader;
    SrcfsTreeModel *m_tree;
    SrcfsTreeProxy *m_treeProxy;
    SrcfsTreeView *m_treeView;
    SrcfsCommandModel *m_commands;
    QTableView *m_commandView;
    FirstImageFindingModel *m_findings;
    QTableView *m_findingView;
    QStackedWidget *m_findingPages; // the table, or m_noFindings when it would be empty
    QLabel *m_noFindings;
    FirstImageSummaryWidget *m_summary;
    NoticeBar *m_notice;
    QLineEdit *m_filter;
    QProgressBar *m_loading;
    QPushButton *m_stopLoading;
    OpenFirstImageJob m_open;
    FirstImageOperations *m_ops;
};
