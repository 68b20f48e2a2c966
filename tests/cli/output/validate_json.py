#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Payload Studio developers
"""JSON Schema (draft 2020-12) checks for tst_schemas, one request a line.

Started once by the test, it answers on standard output, one JSON object a line. Its first
line says whether it can work: {"ready": true} or {"ready": false, "reason": "..."} when
the jsonschema module is missing or too old. Then, for each request read from standard input:

  {"checkSchema": PATH}
      -> {"errors": [...]}: what makes the schema file itself invalid (empty when valid)
  {"schema": PATH, "document": TEXT}
      -> {"errors": [...], "keys": [...]}: why TEXT is not valid against the schema (empty
         when valid), and the keys of the top-level object in the order they are written

A document that is not JSON, or has a key twice in one object, is an error too: a schema
cannot see either.
"""

import json
import sys


class DuplicateKey(ValueError):
    pass


def pairs_without_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(f"the key {key!r} appears twice in one object")
        seen[key] = value
    return seen


def answer(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=pairs_without_duplicates)


def main():
    try:
        from jsonschema import Draft202012Validator
        from jsonschema.exceptions import SchemaError
    except ImportError as e:
        answer({"ready": False, "reason": f"python3 cannot import jsonschema's Draft202012Validator: {e}"})
        return 0
    answer({"ready": True})

    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            if "checkSchema" in request:
                schema = load_schema(request["checkSchema"])
                try:
                    Draft202012Validator.check_schema(schema)
                    answer({"errors": []})
                except SchemaError as e:
                    answer({"errors": [e.message]})
                continue
            schema = load_schema(request["schema"])
            Draft202012Validator.check_schema(schema)
            try:
                document = json.loads(request["document"], object_pairs_hook=pairs_without_duplicates)
            except ValueError as e:
                answer({"errors": [f"not a JSON document: {e}"], "keys": []})
                continue
            validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
            errors = []
            for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
                where = "/" + "/".join(str(p) for p in error.absolute_path)
                text = f"{where}: {error.message}"
                # A oneOf says only that no branch fits, with the whole instance; the branch
                # with the fewest errors (the one the document meant) says why.
                if error.context:
                    branches = {}
                    for sub in error.context:
                        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
                    closest = min(branches.values(), key=len)
                    text = f"{where}: no {error.validator} branch fits; the closest: " + "; ".join(
                        "/" + "/".join(str(p) for p in sub.absolute_path) + f": {sub.message}" for sub in closest)
                errors.append(text)
            # The pairs hook gives dicts, which keep the order the keys were written in.
            keys = list(document.keys()) if isinstance(document, dict) else []
            answer({"errors": errors, "keys": keys})
        except Exception as e:  # noqa: BLE001 - every failure must reach the test as an answer
            answer({"errors": [f"{type(e).__name__}: {e}"], "keys": []})
    return 0


if __name__ == "__main__":
    sys.exit(main())
