#!/usr/bin/env python3
"""Validates a site's content files against the JSON Schemas `mienskip schema --out` wrote,
with the third-party `jsonschema` validator (draft 2020-12): the front matter of every
content/<kind>/*.md, every data/budgets/*.yaml and site.yaml, each converted to JSON.

YAML is read as YAML 1.2's core schema reads it (as VS Code's YAML extension and mienskip
do): `2024-09-01` and `09:00` stay text, `true`/`false` are booleans, numbers are numbers.

usage: check_content_schema.py SCHEMA_DIR SITE_ROOT [--expect-invalid]
"""
import json
import pathlib
import re
import sys

import jsonschema
import yaml


class CoreLoader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1's timestamps and base-60 numbers."""


CoreLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|false)$", "tf"),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
    ("tag:yaml.org,2002:null", r"^(?:~|null|)$", ["~", "n", ""]),
]:
    CoreLoader.add_implicit_resolver(tag, re.compile(pattern), list(first))


def front_matter(text):
    if not text.startswith("---"):
        return {}
    parts = text.split("\n---", 1)
    return parts[0][3:] if len(parts) == 2 else ""


def files(root):
    for kind, folder in [("room", "rooms"), ("area", "areas"), ("initiative", "initiatives"),
                         ("organisation", "organisations"), ("page", "pages")]:
        for path in sorted((root / "content" / folder).glob("*.md")):
            yield kind, path, front_matter(path.read_text(encoding="utf-8"))
    for path in sorted((root / "data" / "budgets").glob("*.yaml")):
        yield "budget", path, path.read_text(encoding="utf-8")
    if (root / "site.yaml").exists():
        yield "site", root / "site.yaml", (root / "site.yaml").read_text(encoding="utf-8")


def main():
    schemas, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    expect_invalid = "--expect-invalid" in sys.argv
    validators = {}
    for path in schemas.glob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validators[path.name.removesuffix(".schema.json")] = cls(
            schema, format_checker=cls.FORMAT_CHECKER)
    problems = checked = 0
    for kind, path, text in files(root):
        data = yaml.load(text, Loader=CoreLoader) or {}
        # Through JSON, as the schema sees a file: year keys become strings.
        data = json.loads(json.dumps(data))
        checked += 1
        # A translation (<id>.<lang>.md) lies beside the original, with a schema of its own.
        if path.suffix == ".md" and "." in path.stem:
            kind = "translation"
        for error in validators[kind].iter_errors(data):
            problems += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path.relative_to(root)}: {where}: {error.message}")
    print(f"checked {checked} files against the schemas in {schemas}: {problems} problems")
    if checked == 0:
        sys.exit("no content files found")
    if expect_invalid:
        sys.exit(0 if problems else "expected problems, found none")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
