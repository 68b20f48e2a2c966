// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "window/AppSettings.h"
#include "window/SettingsWriter.h"

#include <QDir>
#include <QFileInfo>

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
    const QString folder = SettingsWriter::value(folderKey(purpose)).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void AppSettings::rememberFolder(Folder purpose, const QString &path)
{
    const QFileInfo info(path);
    SettingsWriter::setValue(folderKey(purpose), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

AppSettings::BuildDefaults AppSettings::buildDefaults()
{
    const auto value = [](const char *name, const QVariant &fallback = {}) {
        return SettingsWriter::value(QStringLiteral("build/") + QLatin1String(name), fallback);
    };
    BuildDefaults d;
    d.layout = PayloadFormat::parseLayout(value("layout").toString()).value_or(d.layout);
    d.sortByName = value("sortByName", d.sortByName).toBool();
    d.padTo = value("padTo", d.padTo).toLongLong();
    d.verifyAfterWriting = value("verifyAfterWriting", d.verifyAfterWriting).toBool();
    d.writeManifest = value("writeManifest", d.writeManifest).toBool();
    d.manifestFormat = Manifest::parseFormat(value("manifestFormat").toString()).value_or(d.manifestFormat);
    return d;
}

void AppSettings::setBuildDefaults(const BuildDefaults &d)
{
    const auto set = [](const char *name, const QVariant &value) {
        SettingsWriter::setValue(QStringLiteral("build/") + QLatin1String(name), value);
    };
    set("layout", PayloadFormat::layoutName(d.layout));
    set("sortByName", d.sortByName);
    set("padTo", d.padTo);
    set("verifyAfterWriting", d.verifyAfterWriting);
    set("writeManifest", d.writeManifest);
    set("manifestFormat", Manifest::formatName(d.manifestFormat));
}

qint64 AppSettings::targetDiskBytes()
{
    return SettingsWriter::value(QStringLiteral("authoring/targetDisk"), 0).toLongLong();
}

void AppSettings::setTargetDiskBytes(qint64 bytes)
{
    SettingsWriter::setValue(QStringLiteral("authoring/targetDisk"), bytes);
}

bool AppSettings::inspectorVisible()
{
    return SettingsWriter::value(QStringLiteral("window/inspectorVisible"), true).toBool();
}

void AppSettings::setInspectorVisible(bool visible)
{
    SettingsWriter::setValue(QStringLiteral("window/inspectorVisible"), visible);
}

QStringList AppSettings::mirrors()
{
    return SettingsWriter::value(QStringLiteral("fetch/mirrors")).toStringList();
}

void AppSettings::setMirrors(const QStringList &mirrors)
{
    SettingsWriter::setValue(QStringLiteral("fetch/mirrors"), mirrors);
}

// One map keyed by the checkout's path: QSettings keys cannot hold arbitrary paths.
static QString checkoutsKey()
{
    return QStringLiteral("checkouts/choices");
}

AppSettings::CheckoutChoices AppSettings::checkoutChoices(const QString &root)
{
    const QVariantMap all = SettingsWriter::value(checkoutsKey()).toMap();
    const QVariantMap one = all.value(QFileInfo(root).absoluteFilePath()).toMap();
    CheckoutChoices c;
    c.distfilesDir = one.value(QStringLiteral("distfiles")).toString();
    c.splitStep = one.value(QStringLiteral("splitStep")).toString();
    c.guix = one.value(QStringLiteral("guix")).toBool();
    return c;
}

void AppSettings::setCheckoutChoices(const QString &root, const CheckoutChoices &choices)
{
    QVariantMap all = SettingsWriter::value(checkoutsKey()).toMap();
    QVariantMap one;
    one.insert(QStringLiteral("distfiles"), choices.distfilesDir);
    one.insert(QStringLiteral("splitStep"), choices.splitStep);
    one.insert(QStringLiteral("guix"), choices.guix);
    all.insert(QFileInfo(root).absoluteFilePath(), one);
    SettingsWriter::setValue(checkoutsKey(), all);
}
