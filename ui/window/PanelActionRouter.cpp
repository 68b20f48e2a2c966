// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/PanelActionRouter.h"
#include "controllers/archive/IntegrityController.h"
#include "controllers/authoring/BuildController.h"
#include "controllers/checkout/CheckoutSession.h"
#include "controllers/firstimage/FirstImageOperations.h"
#include "model/authoring/EntryTableModel.h"
#include "model/checkout/CheckoutDistfileModel.h"
#include "model/image/ImageEntryModel.h"
#include "panels/AuthoringPanel.h"
#include "panels/CheckoutPanel.h"
#include "panels/FirstImagePanel.h"
#include "panels/ImagePanel.h"
#include "widgets/views/EntryTableView.h"
#include "widgets/views/ImageTableView.h"
#include "window/MainActions.h"

#include <QAction>
#include <QTabWidget>
#include <QToolBar>

PanelActionRouter::PanelActionRouter(
    MainActions *actions, QTabWidget *tabs, AuthoringPanel *list, BuildController *build, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_tabs(tabs)
    , m_list(list)
    , m_build(build)
{
    connectActions();
}

void PanelActionRouter::connectActions()
{
    MainActions *a = m_actions;
    AuthoringPanel *p = m_list;
    connect(a->rename, &QAction::triggered, p, &AuthoringPanel::renameCurrent);
    connect(a->remove, &QAction::triggered, p, &AuthoringPanel::removeSelected);
    connect(a->selectAll, &QAction::triggered, this, [this] {
        if (ImagePanel *image = currentImagePanel())
            image->view()->selectAll();
        else if (FirstImagePanel *first = currentFirstImagePanel())
            first->treeView()->selectAll();
        else
            m_list->view()->selectAll();
    });
    connect(a->moveUp, &QAction::triggered, p, &AuthoringPanel::moveSelectedUp);
    connect(a->moveDown, &QAction::triggered, p, &AuthoringPanel::moveSelectedDown);
    connect(a->sortByName, &QAction::triggered, p, &AuthoringPanel::sortByName);
    // Filter and F5 mean the same on a checkout tab: its filter, its distfiles looked at again.
    connect(a->find, &QAction::triggered, this, [this] {
        if (CheckoutPanel *checkout = currentCheckoutPanel())
            checkout->focusFilter();
        else
            m_list->focusFilter();
    });
    connect(a->recheck, &QAction::triggered, this, [this] {
        if (CheckoutPanel *checkout = currentCheckoutPanel())
            checkout->checkAgain();
        else
            m_list->recheckSources();
    });
    auto onCheckout = [this](auto method) {
        return [this, method] {
            if (CheckoutPanel *checkout = currentCheckoutPanel())
                (checkout->*method)();
        };
    };
    connect(a->checkDistfiles, &QAction::triggered, this, onCheckout(&CheckoutPanel::checkAgain));
    connect(a->fetchMissing, &QAction::triggered, this, onCheckout(&CheckoutPanel::fetchMissing));
    connect(a->copyMissingUrls, &QAction::triggered, this, onCheckout(&CheckoutPanel::copyMissingUrls));
    connect(a->clearList, &QAction::triggered, p, &AuthoringPanel::clearList);

    connectImageActions();
    connect(a->exportTar, &QAction::triggered, this, [this] {
        if (ImagePanel *image = currentImagePanel())
            image->exportAsTar(false);
    });
    connect(a->exportTarSelected, &QAction::triggered, this, [this] {
        if (ImagePanel *image = currentImagePanel())
            image->exportAsTar(true);
    });
}

void PanelActionRouter::connectImageActions()
{
    MainActions *a = m_actions;
    // Each works on the image tab shown, or on the files of the first image's tab shown.
    auto onImage = [this](void (ImagePanel::*method)(), void (FirstImageOperations::*firstMethod)()) {
        return [this, method, firstMethod] {
            if (ImagePanel *image = currentImagePanel())
                (image->*method)();
            else if (FirstImagePanel *first = currentFirstImagePanel(); first && firstMethod)
                (first->operations()->*firstMethod)();
        };
    };
    connect(a->extractSelected, &QAction::triggered, this,
        onImage(&ImagePanel::extractSelected, &FirstImageOperations::extractSelected));
    connect(
        a->extractAll, &QAction::triggered, this, onImage(&ImagePanel::extractAll, &FirstImageOperations::extractAll));
    connect(a->hashSelected, &QAction::triggered, this,
        onImage(&ImagePanel::hashSelected, &FirstImageOperations::hashSelected));
    connect(a->hashAll, &QAction::triggered, this, onImage(&ImagePanel::hashAll, &FirstImageOperations::hashAll));
    connect(a->exportManifest, &QAction::triggered, this,
        onImage(&ImagePanel::exportManifest, &FirstImageOperations::exportManifest));
    connect(a->verify, &QAction::triggered, this, onImage(&ImagePanel::verifyAgainstManifest, nullptr));
    // Entries > Test Integrity: the panel shown does the work.
    auto test = [this](bool selectedOnly) {
        return [this, selectedOnly] {
            if (ImagePanel *image = currentImagePanel())
                image->testIntegrity(selectedOnly);
            else if (FirstImagePanel *first = currentFirstImagePanel())
                first->operations()->testIntegrity(selectedOnly);
            else
                m_list->testIntegrity(selectedOnly);
        };
    };
    connect(a->testSelected, &QAction::triggered, this, test(true));
    connect(a->testAll, &QAction::triggered, this, test(false));
}

FirstImagePanel *PanelActionRouter::currentFirstImagePanel() const
{
    return qobject_cast<FirstImagePanel *>(m_tabs->currentWidget());
}

void PanelActionRouter::updateFirstImageActions(FirstImagePanel *first)
{
    MainActions *a = m_actions;
    // The records read can be used once reading ended, also those before a damaged script's end.
    const bool readable = !first->isBusy() && first->operations()->canRead();
    const bool selection = readable && first->hasSelection();
    for (QAction *action : {a->extractSelected, a->hashSelected, a->testSelected})
        action->setEnabled(selection);
    for (QAction *action : {a->extractAll, a->hashAll, a->testAll, a->exportManifest})
        action->setEnabled(readable);
    // An LBPAYLD1 image's actions only.
    for (QAction *action : {a->verify, a->editAsNew, a->exportTar, a->exportTarSelected, a->writeToDisk})
        action->setEnabled(false);
}

ImagePanel *PanelActionRouter::currentImagePanel() const
{
    return qobject_cast<ImagePanel *>(m_tabs->currentWidget());
}

CheckoutPanel *PanelActionRouter::currentCheckoutPanel() const
{
    return qobject_cast<CheckoutPanel *>(m_tabs->currentWidget());
}

void PanelActionRouter::updateActions()
{
    MainActions *a = m_actions;
    ImagePanel *image = currentImagePanel();
    CheckoutPanel *checkout = currentCheckoutPanel();
    const bool onList = m_tabs->currentWidget() == m_list;
    const bool listSelection = onList && m_list->hasSelection();
    const bool hasEntries = m_list->model()->rowCount() > 0;
    for (QAction *action : {a->rename, a->remove, a->moveUp, a->moveDown})
        action->setEnabled(listSelection);
    a->rename->setEnabled(listSelection && m_list->selectedCount() == 1);
    a->sortByName->setEnabled(onList && m_list->model()->rowCount() > 1);
    a->find->setEnabled(onList || checkout);
    a->recheck->setEnabled((onList && hasEntries) || (checkout && !checkout->session()->isBusy()));
    a->clearList->setEnabled(onList && hasEntries);
    a->saveList->setEnabled(hasEntries);
    a->saveListAs->setEnabled(hasEntries);
    a->buildImage->setEnabled(!m_build->isRunning());
    a->closeTab->setEnabled(!onList);

    // A checkout's actions: Build only when every distfile of external.img is OK and nothing runs.
    const bool checkoutIdle = checkout && !checkout->session()->isBusy();
    const auto *model = checkout ? checkout->session()->model() : nullptr;
    a->checkDistfiles->setEnabled(checkoutIdle);
    a->fetchMissing->setEnabled(checkoutIdle);
    a->copyMissingUrls->setEnabled(checkout != nullptr);
    a->buildExternal->setEnabled(checkout && checkout->session()->canBuild() && !m_build->isRunning());
    a->openAsPayloadList->setEnabled(checkout && model->rows(CheckoutDistfileModel::Half::ExternalImage) > 0);

    const bool ready = image && image->isReady() && !image->isBusy();
    // A damaged image's entries before the damage can still be read.
    const bool readable = image && image->hasReadableEntries() && !image->isBusy();
    a->extractSelected->setEnabled(readable && image->hasSelection());
    a->extractAll->setEnabled(readable);
    a->hashSelected->setEnabled(readable && image->hasSelection());
    a->hashAll->setEnabled(readable);
    a->exportManifest->setEnabled(ready);
    a->verify->setEnabled(ready);
    a->editAsNew->setEnabled(ready && image->model()->rowCount() > 0);
    a->exportTar->setEnabled(readable);
    a->exportTarSelected->setEnabled(readable && image->hasSelection());
    a->writeToDisk->setEnabled(ready);
    const bool testing = m_list->integrity()->isRunning();
    a->testSelected->setEnabled(onList ? listSelection && !testing : readable && image->hasSelection());
    a->testAll->setEnabled(onList ? hasEntries && !testing : readable);
    FirstImagePanel *first = currentFirstImagePanel();
    if (first)
        updateFirstImageActions(first);
    // Each tab's own tool bar: the list's while the list is shown, the image's on an image or
    // a first boot disk; a checkout tab carries its own.
    a->listToolBar->setVisible(onList);
    a->imageToolBar->setVisible(image || first);
}
