// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "controllers/disk/DiskPairController.h"
#include "controllers/checkout/CheckoutTabs.h"
#include "dialogs/DiskPairDialog.h"
#include "model/image/PayloadMagic.h"
#include "panels/CheckoutPanel.h"

DiskPairController::DiskPairController(QWidget *dialogParent, CheckoutTabs *checkouts)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_checkouts(checkouts)
{ }

void DiskPairController::open(const QString &firstImage, const QString &externalImage)
{
    const bool fresh = !m_dialog;
    if (fresh) {
        m_dialog = new DiskPairDialog(m_parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (const CheckoutPanel *checkout = m_checkouts->current())
            m_dialog->setCheckout(checkout->root());
    }
    m_dialog->setImages(firstImage, externalImage);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    if (!firstImage.isEmpty() && !externalImage.isEmpty() && m_checkouts->current() && !m_dialog->isChecking())
        m_dialog->startCheck();
}

bool DiskPairController::takeDrop(const QStringList &imagePaths)
{
    if (imagePaths.size() != 2)
        return false;
    // Either order: the bytes say which disk is which.
    for (int first = 0; first < 2; ++first) {
        const QString &a = imagePaths.at(first);
        const QString &b = imagePaths.at(1 - first);
        if (PayloadMagic::isFirstImage(a) && PayloadMagic::isPayloadImage(b)) {
            open(a, b);
            return true;
        }
    }
    return false;
}

DiskPairDialog *DiskPairController::dialog() const
{
    return m_dialog;
}
