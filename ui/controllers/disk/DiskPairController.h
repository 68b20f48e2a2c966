// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class CheckoutTabs;
class DiskPairDialog;
class QWidget;

// The window's side of "Open Both Disks…": one Check Both Disks dialog at a time, prefilled
// with the checkout of the checkout tab in front, and the drop of an init.img together with an
// external.img, which asks for the pair check rather than two tabs.
class DiskPairController : public QObject
{
    Q_OBJECT
public:
    DiskPairController(QWidget *dialogParent, CheckoutTabs *checkouts);

    // Shows the dialog (raised when it is open already) with the given images filled in; with
    // both images and a checkout known, the check starts at once.
    void open(const QString &firstImage = {}, const QString &externalImage = {});
    // Takes a drop of exactly one first image and one external image: opens the dialog with
    // them and returns true. Returns false for any other set of paths, which the caller opens
    // as it would.
    bool takeDrop(const QStringList &imagePaths);

    DiskPairDialog *dialog() const;

private:
    QWidget *m_parent;
    CheckoutTabs *m_checkouts;
    QPointer<DiskPairDialog> m_dialog;
};
