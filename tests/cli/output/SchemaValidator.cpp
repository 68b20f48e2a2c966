// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SchemaValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

constexpr int AnswerTimeoutMs = 60000;

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

SchemaValidator::~SchemaValidator()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

bool SchemaValidator::start(const QString &script)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        m_skipReason = QStringLiteral("python3 is not installed: no JSON Schema validator");
        return false;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python, {script});
    if (!m_process.waitForStarted()) {
        m_skipReason = QStringLiteral("python3 does not start: ") + m_process.errorString();
        return false;
    }
    // The first line says whether jsonschema could be imported.
    const QJsonObject hello = ask({});
    if (!hello.value(QLatin1String("ready")).toBool()) {
        m_skipReason = hello.value(QLatin1String("reason")).toString();
        if (m_skipReason.isEmpty())
            m_skipReason = QStringLiteral("validate_json.py did not say it is ready");
        return false;
    }
    return true;
}

QJsonObject SchemaValidator::ask(const QJsonObject &request)
{
    if (!request.isEmpty()) {
        m_process.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        m_process.waitForBytesWritten(AnswerTimeoutMs);
    }
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(AnswerTimeoutMs))
            return {};
    }
    return QJsonDocument::fromJson(m_process.readLine()).object();
}

QStringList SchemaValidator::schemaErrors(const QString &schemaPath)
{
    const QJsonObject answer = ask({{QStringLiteral("checkSchema"), schemaPath}});
    if (!answer.contains(QLatin1String("errors")))
        return {QStringLiteral("the validator gave no answer")};
    return stringsOf(answer.value(QLatin1String("errors")));
}

SchemaValidator::Verdict SchemaValidator::validate(const QString &schemaPath, const QByteArray &document)
{
    // The document travels as a string, so that the validator parses the very bytes printed.
    const QJsonObject answer =
        ask({{QStringLiteral("schema"), schemaPath}, {QStringLiteral("document"), QString::fromUtf8(document)}});
    if (!answer.contains(QLatin1String("errors")))
        return {{QStringLiteral("the validator gave no answer")}, {}};
    return {stringsOf(answer.value(QLatin1String("errors"))), stringsOf(answer.value(QLatin1String("keys")))};
}
