// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/checkout/CheckoutTabs.h"
#include "controllers/authoring/BuildController.h"
#include "controllers/authoring/EntryImporter.h"
#include "controllers/checkout/CheckoutSession.h"
#include "dialogs/MirrorsDialog.h"
#include "model/checkout/CheckoutDistfileModel.h"
#include "panels/AuthoringPanel.h"
#include "panels/CheckoutPanel.h"
#include "widgets/messages/Messages.h"
#include "widgets/presentation/Icons.h"
#include "window/AppSettings.h"
#include "window/MainActions.h"
#include "window/RecentFiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

CheckoutTabs::CheckoutTabs(QWidget *window, QTabWidget *tabs, AuthoringPanel *list, BuildController *build,
    MainActions *actions, RecentFiles *recent)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_list(list)
    , m_build(build)
    , m_actions(actions)
    , m_recent(recent)
{ }

CheckoutPanel *CheckoutTabs::current() const
{
    return qobject_cast<CheckoutPanel *>(m_tabs->currentWidget());
}

CheckoutPanel *CheckoutTabs::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *panel = qobject_cast<CheckoutPanel *>(m_tabs->widget(i));
        if (panel && panel->root() == absolute) {
            m_tabs->setCurrentIndex(i);
            return panel;
        }
    }
    auto *panel = new CheckoutPanel(m_hashCachePath);
    if (!panel->open(absolute)) {
        const QString error = panel->error();
        delete panel;
        QMessageBox *box = Messages::show(m_window, QMessageBox::Warning, tr("Not a live-bootstrap Checkout"),
            tr("%1 is not a live-bootstrap checkout.").arg(QDir::toNativeSeparators(absolute)),
            tr("Choose the folder that holds steps/manifest (the top of a clone of live-bootstrap). %1").arg(error));
        box->setObjectName(QStringLiteral("notCheckout"));
        return nullptr;
    }
    panel->addToolBarActions(m_actions->checkoutActions());
    panel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    panel->view()->addActions(m_actions->checkoutActions());
    connect(panel, &CheckoutPanel::stateChanged, this, [this, panel] {
        updateTab(panel);
        Q_EMIT panelStateChanged(panel);
    });
    const int index = m_tabs->addTab(panel, Icons::get(QStringLiteral("view-refresh")), QFileInfo(absolute).fileName());
    m_tabs->setTabToolTip(index, absolute);
    m_tabs->setCurrentIndex(index);
    updateTab(panel);
    // The menu of recent files and the settings (a write of the settings file) are not what the
    // user waits for: after the tab is shown, on a timer, so that input and paints come first.
    QTimer::singleShot(RememberDelayMs, this, [this, absolute] {
        m_recent->add(absolute);
        AppSettings::rememberFolder(AppSettings::Folder::Checkout, absolute);
    });
    return panel;
}

void CheckoutTabs::updateTab(CheckoutPanel *panel)
{
    const int index = m_tabs->indexOf(panel);
    if (index < 0)
        return;
    const auto *model = panel->session()->model();
    const auto half = CheckoutDistfileModel::Half::ExternalImage;
    const QString icon = panel->session()->isBusy() ? QStringLiteral("view-refresh")
        : model->allOk(half)                        ? QStringLiteral("security-high")
                                                    : QStringLiteral("dialog-warning");
    m_tabs->setTabIcon(index, Icons::get(icon));
}

void CheckoutTabs::chooseAndOpen()
{
    const QString dir = QFileDialog::getExistingDirectory(
        m_window, tr("Open live-bootstrap Checkout"), AppSettings::lastFolder(AppSettings::Folder::Checkout));
    if (!dir.isEmpty())
        open(dir);
}

void CheckoutTabs::buildExternalImage()
{
    CheckoutPanel *checkout = current();
    if (!checkout || !checkout->session()->canBuild())
        return;
    const CheckoutSession *session = checkout->session();
    QList<qint64> sizes;
    for (const DistfileCheck &c : session->model()->externalChecks())
        sizes << c.size;
    m_build->showBuildDialog(session->externalBuildEntries(), sizes, QString(), session->layout());
}

void CheckoutTabs::openAsPayloadList()
{
    CheckoutPanel *checkout = current();
    if (!checkout)
        return;
    m_tabs->setCurrentWidget(m_list);
    // The layout the checkout's importer reads and upstream's order; the list can then be
    // edited and built like any other.
    m_list->setLayout(checkout->session()->layout().layout());
    m_list->importer()->replaceList(checkout->session()->payloadListEntries(),
        tr("Open %1 as Payload List").arg(QFileInfo(checkout->root()).fileName()));
    m_list->setListPath(QString());
}

void CheckoutTabs::editMirrors()
{
    auto *dialog = new MirrorsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
