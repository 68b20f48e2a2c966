// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// A real JSON Schema validator for the tests: Python's jsonschema (Draft202012Validator, with
// format checking), driven through validate_json.py, which stays running and answers one
// request a line, so that a hundred checks do not start a hundred interpreters.
class SchemaValidator
{
public:
    // What validate() found.
    struct Verdict
    {
        QStringList errors; // empty when the document is valid
        QStringList keys; // the keys of the top-level object, in the order they are written
    };

    SchemaValidator() = default;
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    // Starts python3 with `script`. Returns false and sets skipReason() when python3 is not
    // installed or cannot import jsonschema: the tests then skip rather than fail.
    bool start(const QString &script);
    QString skipReason() const { return m_skipReason; }

    // Why the schema file at `schemaPath` is not a valid draft 2020-12 schema; empty when it is.
    QStringList schemaErrors(const QString &schemaPath);
    // Checks `document` (the bytes of a JSON text) against the schema file at `schemaPath`. A
    // document that is not JSON, or that holds one key twice in an object, is an error too.
    Verdict validate(const QString &schemaPath, const QByteArray &document);

private:
    // Sends one request line and reads the answer's line; an empty object when the process
    // died or did not answer in time.
    QJsonObject ask(const QJsonObject &request);

    QProcess m_process;
    QString m_skipReason;
};
