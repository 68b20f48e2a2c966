// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "dialogs/DiskChooserDialog.h"
#include "model/disk/DiskListModel.h"
#include "widgets/presentation/Formatting.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

DiskChooserDialog::DiskChooserDialog(
    const QString &imagePath, qint64 imageSize, const DiskEnumerator::Paths &paths, QWidget *parent)
    : QDialog(parent)
    , m_paths(paths)
    , m_model(new DiskListModel(this))
{
    setObjectName(QStringLiteral("diskChooser"));
    setWindowTitle(tr("Write to Disk"));
    m_model->setSystemPaths(paths);
    m_model->setImageSize(imageSize);

    auto *intro = new QLabel(tr("Write <b>%1</b> (%2) to a whole disk. live-bootstrap reads it from a second "
                                "disk on bare metal; everything on the chosen disk is replaced.")
                                 .arg(QFileInfo(imagePath).fileName().toHtmlEscaped(), Formatting::bytes(imageSize)),
        this);
    intro->setWordWrap(true);
    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(32, 32));
    m_view->setUniformItemSizes(true);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_verify = new QCheckBox(tr("&Verify after writing (read the disk back and compare every entry)"), this);
    m_verify->setChecked(true);
    m_zeroTail = new QCheckBox(tr("&Zero the rest of the last MiB, so no old data follows the image"), this);
    m_loop = new QCheckBox(tr("Show &loop devices"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_write = buttons->addButton(tr("&Write…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_verify);
    layout->addWidget(m_zeroTail);
    layout->addWidget(m_loop);
    layout->addWidget(buttons);
    resize(560, 380);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DiskChooserDialog::updateState);
    connect(m_view, &QListView::doubleClicked, this, [this] {
        if (m_write->isEnabled())
            accept();
    });
    connect(m_loop, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setIncludeLoop(on);
        refresh();
    });

    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &DiskChooserDialog::refresh);
    const auto changed = [this] {
        m_settle.start();
    };
    m_watcher.addPath(paths.devRoot);
    m_watcher.addPath(paths.sysRoot + QLatin1String("/block"));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &DiskChooserDialog::refresh);
    m_poll.start();
    refresh();
}

void DiskChooserDialog::refresh()
{
    const QString selected = selectedPath();
    if (m_model->refresh()) {
        const int row = m_model->rowOf(selected);
        if (row >= 0 && !m_model->refusal(row).refused())
            m_view->setCurrentIndex(m_model->index(row));
    }
    updateState();
}

int DiskChooserDialog::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

QString DiskChooserDialog::selectedPath() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : m_model->disk(row).path;
}

DiskWriter::Options DiskChooserDialog::options() const
{
    DiskWriter::Options options;
    options.verify = m_verify->isChecked();
    options.zeroToMiB = m_zeroTail->isChecked();
    options.system = m_paths;
    return options;
}

void DiskChooserDialog::updateState()
{
    int usable = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        usable += m_model->refusal(row).refused() ? 0 : 1;
    if (!m_model->error().isEmpty())
        m_notice->setText(m_model->error());
    else if (m_model->rowCount() == 0)
        m_notice->setText(tr("No disks found. Plug in a USB stick or disk; the list follows."));
    else if (usable == 0)
        m_notice->setText(tr("None of these disks can be written to; point at one to see why. Plug in a USB "
                             "stick or disk; the list follows."));
    else
        m_notice->setText(tr("Greyed disks cannot be written to; point at one to see why."));
    m_write->setEnabled(selectedRow() >= 0);
}
