// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/AppSettings.h"
#include "window/SettingsWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

static QString folderKey(AppSettings::Folder purpose)
{
    switch (purpose) {
    case AppSettings::Folder::AddFiles:
        return QStringLiteral("folders/addFiles");
    case AppSettings::Folder::Output:
        return QStringLiteral("folders/output");
    case AppSettings::Folder::Extract:
        return QStringLiteral("folders/extract");
    case AppSettings::Folder::List:
        return QStringLiteral("folders/list");
    case AppSettings::Folder::Image:
        return QStringLiteral("folders/image");
    case AppSettings::Folder::Checkout:
        return QStringLiteral("folders/checkout");
    case AppSettings::Folder::Distfiles:
        return QStringLiteral("folders/distfiles");
    case AppSettings::Folder::Manifest:
        break;
    }
    return QStringLiteral("folders/manifest");
}

QString AppSettings::lastFolder(Folder purpose)
{
    // After the folders remembered before (rememberFolder() writes on a worker).
    SettingsWriter::waitForWrites();
    const QString folder = QSettings().value(folderKey(purpose)).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void AppSettings::rememberFolder(Folder purpose, const QString &path)
{
    const QFileInfo info(path);
    SettingsWriter::setValue(folderKey(purpose), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

AppSettings::BuildDefaults AppSettings::buildDefaults()
{
    QSettings s;
    s.beginGroup(QStringLiteral("build"));
    BuildDefaults d;
    d.layout = PayloadFormat::parseLayout(s.value(QStringLiteral("layout")).toString()).value_or(d.layout);
    d.sortByName = s.value(QStringLiteral("sortByName"), d.sortByName).toBool();
    d.padTo = s.value(QStringLiteral("padTo"), d.padTo).toLongLong();
    d.verifyAfterWriting = s.value(QStringLiteral("verifyAfterWriting"), d.verifyAfterWriting).toBool();
    d.writeManifest = s.value(QStringLiteral("writeManifest"), d.writeManifest).toBool();
    d.manifestFormat =
        Manifest::parseFormat(s.value(QStringLiteral("manifestFormat")).toString()).value_or(d.manifestFormat);
    return d;
}

void AppSettings::setBuildDefaults(const BuildDefaults &d)
{
    QSettings s;
    s.beginGroup(QStringLiteral("build"));
    s.setValue(QStringLiteral("layout"), PayloadFormat::layoutName(d.layout));
    s.setValue(QStringLiteral("sortByName"), d.sortByName);
    s.setValue(QStringLiteral("padTo"), d.padTo);
    s.setValue(QStringLiteral("verifyAfterWriting"), d.verifyAfterWriting);
    s.setValue(QStringLiteral("writeManifest"), d.writeManifest);
    s.setValue(QStringLiteral("manifestFormat"), Manifest::formatName(d.manifestFormat));
}

qint64 AppSettings::targetDiskBytes()
{
    return QSettings().value(QStringLiteral("authoring/targetDisk"), 0).toLongLong();
}

void AppSettings::setTargetDiskBytes(qint64 bytes)
{
    QSettings().setValue(QStringLiteral("authoring/targetDisk"), bytes);
}

bool AppSettings::inspectorVisible()
{
    return QSettings().value(QStringLiteral("window/inspectorVisible"), true).toBool();
}

void AppSettings::setInspectorVisible(bool visible)
{
    QSettings().setValue(QStringLiteral("window/inspectorVisible"), visible);
}

QStringList AppSettings::mirrors()
{
    return QSettings().value(QStringLiteral("fetch/mirrors")).toStringList();
}

void AppSettings::setMirrors(const QStringList &mirrors)
{
    QSettings().setValue(QStringLiteral("fetch/mirrors"), mirrors);
}

// One map keyed by the checkout's path: QSettings keys cannot hold arbitrary paths.
static QString checkoutsKey()
{
    return QStringLiteral("checkouts/choices");
}

AppSettings::CheckoutChoices AppSettings::checkoutChoices(const QString &root)
{
    const QVariantMap all = QSettings().value(checkoutsKey()).toMap();
    const QVariantMap one = all.value(QFileInfo(root).absoluteFilePath()).toMap();
    CheckoutChoices c;
    c.distfilesDir = one.value(QStringLiteral("distfiles")).toString();
    c.splitStep = one.value(QStringLiteral("splitStep")).toString();
    c.guix = one.value(QStringLiteral("guix")).toBool();
    return c;
}

void AppSettings::setCheckoutChoices(const QString &root, const CheckoutChoices &choices)
{
    QSettings s;
    QVariantMap all = s.value(checkoutsKey()).toMap();
    QVariantMap one;
    one.insert(QStringLiteral("distfiles"), choices.distfilesDir);
    one.insert(QStringLiteral("splitStep"), choices.splitStep);
    one.insert(QStringLiteral("guix"), choices.guix);
    all.insert(QFileInfo(root).absoluteFilePath(), one);
    s.setValue(checkoutsKey(), all);
}
